#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { redact } from '../mask.js';
import { preflight } from './preflight.js';
import { json, table } from './row.js';

const USAGE = `usage: lambda-h200-sync preflight [--live] [--ssh-key FILE] [--config FILE]
                                   [--lambda-api-url URL] [--json]

The pre-deployment checklist: the GitHub CLI and Pulumi are logged in, Docker answers, the SSH
private key file (default ~/.ssh/id_ed25519) is a private key, and the ten LAMBDA_LABS_* variables
of this shell pass the action's validation (with --config, or .github/lambda-h200-sync.yml when
present). With --live, also the read-only Lambda Cloud checks (--lambda-api-url, default env
LAMBDA_API_URL, else https://cloud.lambda.ai/api/v1). Exit code 1 when any check fails.`;

/** The command line: `lambda-h200-sync preflight …`; exit 2 for a usage mistake. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'preflight') {
    console.error(`${command === undefined ? 'no command given' : `unknown command "${command}"`}\n${USAGE}`);
    return 2;
  }
  let values: ReturnType<typeof parseOptions>;
  try {
    values = parseOptions(args);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const rows = await preflight(
    {
      live: values.live,
      ...(values['ssh-key'] ? { sshKey: values['ssh-key'] } : {}),
      ...(values.config ? { config: values.config } : {}),
      ...(values['lambda-api-url'] ? { lambdaApiUrl: values['lambda-api-url'] } : {}),
    },
    process.env,
  );
  console.log(values.json ? json(rows) : table(rows));
  return rows.every((r) => r.ok) ? 0 : 1;
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    options: {
      live: { type: 'boolean', default: false },
      'ssh-key': { type: 'string' },
      config: { type: 'string' },
      'lambda-api-url': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault of the command itself: say so, without a stack trace that could quote a value.
    console.error(`preflight failed unexpectedly: ${redact(error instanceof Error ? error.message : String(error))}`);
    process.exitCode = 2;
  },
);
