/** Environment variables this action reads, in one place. */
export const RunnerEnv = {
  /** Pulumi's own variable for the access token, used when the input is empty. */
  PulumiAccessToken: 'PULUMI_ACCESS_TOKEN',
  /** Pulumi's own variable for a self-hosted Pulumi Cloud, used when `cloud-url` is empty. */
  PulumiBackendUrl: 'PULUMI_BACKEND_URL',
  /** Where the report file goes (the runner's per-job temp directory). */
  RunnerTemp: 'RUNNER_TEMP',
  /** The repository checkout; relative paths are resolved against it. */
  Workspace: 'GITHUB_WORKSPACE',
} as const;
