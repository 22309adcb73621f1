#!/usr/bin/env node
// `npm run emulator`: runs the ESC emulator (and with --lambda the Lambda Cloud one beside it) until
// SIGINT or SIGTERM, for the demo and manual tries.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEscEmulator } from './esc-server.js';
import { FAULT_GRAMMAR, parseFaultSpec } from './fault-spec.js';
import { LAMBDA_ROUTES, startLambdaEmulator } from './lambda-server.js';

const USAGE = `usage: node emulator/cli.js [--port N] [--latency MS] [--conflict-status 409|412]
       [--if-match] [--path-prefix /prefix] [--seed org/project/env=path/to/file.yaml]...
       [--no-encrypt-secrets]
       [--fault SPEC]...
       [--lambda [--lambda-port N] [--lambda-ssh-key NAME=path/to/key.pub]...
        [--lambda-file-system NAME=REGION]... [--lambda-fault SPEC]...]
${FAULT_GRAMMAR}
  --lambda-fault takes the same SPEC with route ${LAMBDA_ROUTES.join(' | ')}
  (kinds 429 | 500 | 502 | 503 | reset | slow=MS)`;

/**
 * @param {string} option
 * @param {string | undefined} text
 * @param {number} fallback
 */
function integer(option, text, fallback) {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`--${option} takes a non-negative integer, not "${text}"`);
  return Number(text);
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      latency: { type: 'string' },
      'conflict-status': { type: 'string' },
      'if-match': { type: 'boolean', default: false },
      'no-encrypt-secrets': { type: 'boolean', default: false },
      'path-prefix': { type: 'string', default: '' },
      seed: { type: 'string', multiple: true, default: [] },
      fault: { type: 'string', multiple: true, default: [] },
      lambda: { type: 'boolean', default: false },
      'lambda-port': { type: 'string' },
      'lambda-ssh-key': { type: 'string', multiple: true, default: [] },
      'lambda-file-system': { type: 'string', multiple: true, default: [] },
      'lambda-fault': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seeds = (values.seed ?? []).map((spec) => {
    const [name, file] = pair('seed', spec, 'org/project/env=path/to/file.yaml');
    return { name, text: readFileSync(file, 'utf8') };
  });
  // Parsed before starting, so that a bad spec exits without ever listening.
  const faults = (values.fault ?? []).map((spec) => parseFaultSpec(spec));
  const lambdaFaults = (values['lambda-fault'] ?? []).map((spec) => parseFaultSpec(spec, LAMBDA_ROUTES));
  const sshKeys = (values['lambda-ssh-key'] ?? []).map((spec) => {
    const [name, file] = pair('lambda-ssh-key', spec, 'NAME=path/to/key.pub');
    return { name, publicKey: readFileSync(file, 'utf8').trim() };
  });
  const fileSystems = (values['lambda-file-system'] ?? []).map((spec) =>
    pair('lambda-file-system', spec, 'NAME=REGION'),
  );
  const emulator = await startEscEmulator({
    port: integer('port', values.port, 0),
    latencyMs: integer('latency', values.latency, 0),
    conflictStatus: integer('conflict-status', values['conflict-status'], 409),
    honourIfMatch: values['if-match'],
    pathPrefix: values['path-prefix'],
    encryptSecrets: !values['no-encrypt-secrets'],
  });
  try {
    for (const { name, text } of seeds) emulator.seed(name, text);
    for (const fault of faults) emulator.injectFault(fault);
  } catch (error) {
    await emulator.close();
    throw error;
  }
  console.log(`ESC emulator listening at ${emulator.url}`);
  console.log(`token: ${emulator.token}`);
  const lambda = values.lambda
    ? await startLambdaEmulator({ port: integer('lambda-port', values['lambda-port'], 0) })
    : undefined;
  if (lambda) {
    for (const { name, publicKey } of sshKeys) lambda.addSshKey(name, publicKey);
    for (const [name, region] of fileSystems) lambda.addFileSystem(name, region);
    for (const fault of lambdaFaults) lambda.injectFault(fault);
    console.log(`Lambda emulator listening at ${lambda.url}`);
    console.log(`lambda api key: ${lambda.apiKey}`);
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    Promise.all([emulator.close(), lambda?.close()]).then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * @param {string} option
 * @param {string} spec
 * @param {string} shape
 * @returns {[string, string]}
 */
function pair(option, spec, shape) {
  const at = spec.indexOf('=');
  if (at <= 0 || at === spec.length - 1) throw new Error(`--${option} takes ${shape}, not "${spec}"`);
  return [spec.slice(0, at), spec.slice(at + 1)];
}

main().catch((error) => {
  console.error(`esc emulator: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(2);
});
