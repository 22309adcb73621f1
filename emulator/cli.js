#!/usr/bin/env node
// `npm run emulator`: runs the ESC emulator until SIGINT or SIGTERM, for the demo and manual tries.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startEscEmulator } from './esc-server.js';
import { FAULT_GRAMMAR, parseFaultSpec } from './fault-spec.js';

const USAGE = `usage: node emulator/cli.js [--port N] [--latency MS] [--conflict-status 409|412]
       [--if-match] [--path-prefix /prefix] [--seed org/project/env=path/to/file.yaml]...
       [--no-encrypt-secrets]
       [--fault SPEC]...
${FAULT_GRAMMAR}`;

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
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seeds = (values.seed ?? []).map((spec) => {
    const at = spec.indexOf('=');
    if (at <= 0) throw new Error(`--seed takes org/project/env=path/to/file.yaml, not "${spec}"`);
    return { name: spec.slice(0, at), text: readFileSync(spec.slice(at + 1), 'utf8') };
  });
  // Parsed before starting, so that a bad spec exits without ever listening.
  const faults = (values.fault ?? []).map((spec) => parseFaultSpec(spec));
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

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    emulator.close().then(
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

main().catch((error) => {
  console.error(`esc emulator: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(2);
});
