// Shared by the emulator's tests: a tiny client over real HTTP, and helpers to watch the CLI.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { EscEmulator } from '../../emulator/esc-server.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
}

export interface CallOptions {
  body?: string;
  headers?: Record<string, string>;
  /** null sends no Authorization header; undefined uses the emulator's default token */
  token?: string | null;
}

/**
 * `path` starting with '/' is taken from the emulator's URL; otherwise it is relative to
 * /api/esc/environments/.
 */
export async function call(emu: EscEmulator, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const url = path.startsWith('/') ? `${emu.url}${path}` : `${emu.url}/api/esc/environments/${path}`;
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? emu.token : options.token;
  if (token !== null) headers.Authorization = `token ${token}`;
  const response = await fetch(url, { method, headers, body: options.body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** Creates org/project/env over the API and returns the etag of its first revision. */
export async function create(emu: EscEmulator, name: string, token?: string): Promise<string> {
  const [org, project, env] = name.split('/');
  const created = await call(emu, 'POST', org, { body: JSON.stringify({ project, name: env }), token });
  if (created.status !== 204) throw new Error(`create ${name}: ${created.status} ${created.text}`);
  const read = await call(emu, 'GET', name, { token });
  return String(read.headers.get('etag'));
}

/** Writes a definition with the etag the emulator currently has, as a well-behaved client would. */
export async function patch(emu: EscEmulator, name: string, yaml: string): Promise<Answer> {
  const etag = String(emu.environment(name)?.etag);
  return call(emu, 'PATCH', name, { body: yaml, headers: { ETag: etag, 'Content-Type': 'application/x-yaml' } });
}

/** Opens an environment and reads its whole evaluation. */
export async function open(emu: EscEmulator, name: string, token?: string): Promise<Answer> {
  const opened = await call(emu, 'POST', `${name}/open?duration=5m`, { token });
  if (opened.status !== 200) return opened;
  return call(emu, 'GET', `${name}/open/${opened.json().id}`, { token });
}

/** Resolves with the first `count` stdout lines, or rejects when the process ends first. */
export function firstLines(proc: ChildProcessWithoutNullStreams, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stderr.on('data', (chunk) => (err += chunk));
    proc.stdout.on('data', (chunk) => {
      out += chunk;
      const lines = out.split('\n');
      if (lines.length > count) resolve(lines.slice(0, count));
    });
    proc.on('exit', (code) => reject(new Error(`exited ${code} before printing ${count} lines: ${out}${err}`)));
  });
}

export function exited(proc: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
}
