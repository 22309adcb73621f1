import { execFileSync } from 'node:child_process';
import { routes, seededEmulator, syncRun, type Emulator } from './helpers.js';

// action.yml says node24: the bundle must load and run there too, not only on this machine's Node.
function node24(): string {
  if (process.env.NODE24_BIN) return process.env.NODE24_BIN;
  return execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 120_000,
  }).trim();
}

let emu: Emulator;
beforeEach(async () => {
  emu = await seededEmulator();
});
afterEach(() => emu.close());

it('runs the bundle on Node 24: first sync writes once, second changes nothing', async () => {
  const nodeBinary = node24();
  expect(execFileSync(nodeBinary, ['-p', 'process.versions.node'], { encoding: 'utf8' })).toMatch(/^24\./);
  const first = await syncRun(emu, { nodeBinary });
  expect(first.exitCode).toBe(0);
  expect(first.outputs).toMatchObject({ changed: 'true', added: '10' });
  const second = await syncRun(emu, { nodeBinary });
  expect(second.outputs).toMatchObject({ changed: 'false', unchanged: '10' });
  expect(routes(emu)).toEqual(['decrypt', 'read', 'patch', 'open', 'read-open', 'decrypt']);
}, 180_000);
