/** Environment variables this action reads, in one place. Code reads `process.env[RunnerEnv.X]`, never a name of its own. */
export const RunnerEnv = {
  /** Pulumi's own variable for the access token, used when the input is empty. */
  PulumiAccessToken: 'PULUMI_ACCESS_TOKEN',
  /** Pulumi's own variable for a self-hosted Pulumi Cloud, used when `cloud-url` is empty. */
  PulumiBackendUrl: 'PULUMI_BACKEND_URL',
  /** Where the report file goes (the runner's per-job temp directory). */
  RunnerTemp: 'RUNNER_TEMP',
  /** What started the workflow: on `pull_request` the action comments and audits what changed. */
  EventName: 'GITHUB_EVENT_NAME',
  /** The repository checkout; relative paths are resolved against it. */
  Workspace: 'GITHUB_WORKSPACE',
  /** The job summary file; absent outside a runner, when there is no summary to write. */
  StepSummary: 'GITHUB_STEP_SUMMARY',
  /** Set by the runner when the job may request an OIDC token (`permissions: id-token: write`). */
  IdTokenRequestUrl: 'ACTIONS_ID_TOKEN_REQUEST_URL',
} as const;
