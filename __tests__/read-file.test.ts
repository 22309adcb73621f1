import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, FileProblem, readRegularFile } from '../src/util/read-file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-file-'));
  writeFileSync(join(dir, 'small.yml'), 'a: 1\n');
  writeFileSync(join(dir, 'big.yml'), 'x'.repeat(2048));
  writeFileSync(join(dir, 'cap.yml'), 'x'.repeat(1024));
  writeFileSync(join(dir, 'large.yml'), 'y'.repeat(200_000));
  execFileSync('mkfifo', [join(dir, 'fifo.yml')]);
  symlinkSync('/dev/zero', join(dir, 'zero.yml'));
  symlinkSync(join(dir, 'small.yml'), join(dir, 'link.yml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problemOf = (path: string, max = 1024): FileProblem => {
  try {
    readRegularFile(join(dir, path), max);
  } catch (error) {
    if (error instanceof FileProblem) return error;
    throw error;
  }
  throw new Error('expected a FileProblem');
};

describe('readRegularFile', () => {
  it('reads a regular file, and one through a symlink', () => {
    expect(readRegularFile(join(dir, 'small.yml'), 1024).toString()).toBe('a: 1\n');
    expect(readRegularFile(join(dir, 'link.yml'), 1024).toString()).toBe('a: 1\n');
  });

  it.each([
    ['a file of exactly the cap', 'cap.yml', 1024, 1024],
    ['a file read on past its first buffer', 'large.yml', 300_000, 200_000],
    ['a file fstat says is empty (a system file), read to its end', '/proc/self/status', 64 * 1024, -1],
  ])('reads %s', (_name, path, max, bytes) => {
    const read = readRegularFile(path.startsWith('/') ? path : join(dir, path), max);
    if (bytes === -1) expect(read.toString()).toMatch(/^Name:.*\n[^]*VmRSS:/);
    else expect(read.length).toBe(bytes);
  });

  it.each([
    ['a FIFO, without waiting for a writer', 'fifo.yml', 'not-regular', 'is not a regular file (it is a FIFO)'],
    ['a symlink to /dev/zero', 'zero.yml', 'not-regular', 'is not a regular file (it is a device)'],
    ['a directory', '.', 'directory', 'is a directory'],
    ['a missing file', 'nope.yml', 'missing', 'does not exist'],
    ['a file over the cap, counted while reading', 'big.yml', 'too-large', 'is over 1 KB'],
  ])('refuses %s', (_name, path, kind, what) => {
    expect(problemOf(path)).toMatchObject({ kind, what });
  });
});

describe('decodeText', () => {
  const text = 'on: push # é ✓\n';
  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('decodes %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it.each([
    ['Latin-1 without a BOM', Buffer.from('on: push # \xe9\n', 'latin1')],
    ['UTF-16 without a BOM', Buffer.from(text, 'utf16le').subarray(0, 7)],
    ['UTF-16 BE of odd length', Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x00])],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBeUndefined();
  });
});
