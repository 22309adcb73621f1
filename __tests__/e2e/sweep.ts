import { isMap, isScalar, parseDocument, visit } from 'yaml';
import type { GitHubEmulator } from '../../emulator/github-server.js';
import type { ActionRun } from '../../emulator/harness.js';
import type { LambdaEmulator } from '../../emulator/lambda-server.js';
import { leakNeedles, userVisibleText, type Emulator } from './helpers.js';

/** One row of the resilience matrix: what a scenario cost and whether anything was lost or leaked. */
export interface SweepRow {
  scenario: string;
  exitCode: number | null;
  requests: number;
  revisions: number;
  bytesLost: number;
  leaks: string[];
  /** Every expectation of the scenario held (false only when recording an older bundle). */
  passed: boolean;
}

/** A request body with every fn::secret value blanked: where a value may travel, and nowhere else. */
export function outsideSecrets(body: string): string {
  const doc = parseDocument(body);
  if (doc.errors.length) return body;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'fn::secret' && !isMap(pair.value)) pair.value = doc.createNode('');
    },
  });
  return doc.toString();
}

/**
 * Where each needle shows up: every sink the user can read, every request to ESC outside
 * fn::secret, and every request to GitHub (the pull-request comment's body among them).
 */
export function findLeaks(
  run: ActionRun,
  emu: Emulator,
  values: readonly string[],
  github?: Pick<GitHubEmulator, 'requests'>,
): string[] {
  const sinks: Record<string, string> = { ...userVisibleText(run) };
  emu.requests.forEach((r, i) => {
    // Values may travel to encrypt-secrets (PRODUCT.md, "No leaks"); its path and headers may not hold one.
    const body = r.path.split('?')[0].endsWith('/encrypt-secrets') ? '' : outsideSecrets(r.body);
    sinks[`request ${i + 1} (${r.method} ${r.path})`] = `${r.path}\n${JSON.stringify(r.headers)}\n${body}`;
  });
  github?.requests.forEach((r, i) => {
    // JSON-decoded too, so that a value escaped inside the comment's JSON body is still found.
    const decoded = r.body
      ? JSON.stringify(JSON.parse(r.body)?.body ?? '') + String(JSON.parse(r.body)?.body ?? '')
      : '';
    sinks[`GitHub request ${i + 1} (${r.method} ${r.path})`] =
      `${r.path}\n${JSON.stringify(r.headers)}\n${r.body}\n${decoded}`;
  });
  const leaks: string[] = [];
  for (const needle of leakNeedles(values)) {
    for (const [sink, text] of Object.entries(sinks))
      if (text.includes(needle)) leaks.push(`a value of ${needle.length} characters in ${sink}`);
  }
  return leaks;
}

/** The unmanaged part of a definition (everything but the managed paths) and its comments, as text to compare. */
export function unmanaged(decrypted: string | undefined, managedPrefixes: readonly string[]): string {
  if (decrypted === undefined) return '';
  const doc = parseDocument(decrypted);
  const comments: string[] = [doc.commentBefore ?? '', doc.comment ?? ''];
  visit(doc, (_, node) => {
    const commented = node as { commentBefore?: string | null; comment?: string | null };
    comments.push(commented.commentBefore ?? '', commented.comment ?? '');
  });
  const data = (doc.toJS() ?? {}) as { values?: Record<string, unknown> };
  const values = { ...(data.values ?? {}) };
  for (const prefix of managedPrefixes) delete values[prefix];
  if (values.environmentVariables && typeof values.environmentVariables === 'object') {
    values.environmentVariables = Object.fromEntries(
      Object.entries(values.environmentVariables).filter(
        ([k]) => !k.startsWith('LAMBDA_LABS_') && !k.startsWith('HOSTILE_'),
      ),
    );
  }
  return JSON.stringify({ ...data, values, comments: comments.filter(Boolean) });
}

/**
 * Where each needle shows up in what Lambda received: the API key may travel only in the
 * Authorization header (as `Bearer <key>`), every other value nowhere at all.
 */
export function lambdaLeaks(lambda: LambdaEmulator, values: readonly string[], apiKey: string): string[] {
  const leaks: string[] = [];
  lambda.requests.forEach((r, i) => {
    const { authorization, ...headers } = r.headers;
    if (authorization !== undefined && authorization !== `Bearer ${apiKey}`)
      leaks.push(`an Authorization header other than the API key in Lambda request ${i + 1}`);
    const text = `${r.path}\n${JSON.stringify(headers)}\n${r.body}`;
    for (const needle of leakNeedles(values))
      if (text.includes(needle))
        leaks.push(`a value of ${needle.length} characters in Lambda request ${i + 1} (${r.method} ${r.path})`);
  });
  return leaks;
}
