import { startEscEmulator } from '../../emulator/esc-server.js';
import { H200_SECRETS } from '../fixtures/h200.js';
import type { Emulator } from './helpers.js';
import { inject, type Scenario, sweepScenarios } from './scenarios.js';

// Issue 9: the server, the network and the config misbehaving. Each scenario failed on the bundle
// before the guarded HTTP layer (E2E_BUNDLE=<old dist/index.js> prints that table).

/** A second service a redirect may point at; it must never hear from the action. */
const elsewhere: Emulator[] = [];
afterAll(() => Promise.all(elsewhere.map((e) => e.close())));
async function redirectTo(emu: Emulator, route: 'decrypt' | 'patch', status: 302 | 307 | 308) {
  const other = await startEscEmulator();
  elsewhere.push(other);
  emu.injectFault({ route, fault: { kind: 'redirect', status, location: `${other.url}/collect` } });
  return other;
}
const lastElsewhere = () => elsewhere.at(-1)!;

const noCommandsFromServer = (run: { commands: { command: string; message: string }[] }) => {
  expect(
    run.commands.filter(
      (c) => ['warning', 'set-output', 'add-mask'].includes(c.command) && /inject|^x$/.test(c.message),
    ),
  ).toEqual([]);
};

const HTTP: Scenario[] = [
  {
    name: 'write redirected (307) to another origin',
    arrange: (emu) => redirectTo(emu, 'patch', 307).then(() => undefined),
    exit: 1,
    says: /answered writing ESC environment lynn-sophia\/lambda\/h200 with a redirect \(307\) to http:\/\/127\.0\.0\.1:\d+; the action never follows a redirect with a credential or a document, so nothing was sent there/,
    requests: ['decrypt', 'patch'],
    revisions: 0,
    check: (run) => {
      expect(lastElsewhere().requests).toEqual([]);
      expect(run.outputs.changed).not.toBe('true');
    },
  },
  {
    name: 'read redirected (302) to another origin: not "a bad token"',
    arrange: (emu) => redirectTo(emu, 'decrypt', 302).then(() => undefined),
    exit: 1,
    says: /with a redirect \(302\) to http:\/\/127\.0\.0\.1:\d+/,
    requests: ['decrypt'],
    revisions: 0,
    check: (run) => {
      expect(lastElsewhere().requests).toEqual([]);
      expect(run.log).not.toMatch(/401|refused the access token/);
    },
  },
  {
    name: 'read redirected (308) to https on the same host',
    arrange: inject({
      route: 'decrypt',
      fault: { kind: 'redirect', status: 308, location: 'https://127.0.0.1:8443/api/esc/environments/x' },
    }),
    exit: 1,
    says: /stays on 127\.0\.0\.1: if https:\/\/127\.0\.0\.1:8443 is the service's address, set cloud-url to it/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'read: a gateway JSON page without an ETag, once',
    arrange: inject({ route: 'decrypt', fault: { kind: 'gateway-json' } }),
    exit: 0,
    requests: ['decrypt', 'decrypt', 'patch', 'open', 'read-open'],
    revisions: 1,
    check: (_run, emu) =>
      expect(emu.requests.filter((r) => r.method === 'PATCH').map((r) => r.headers.etag)).toEqual([
        expect.stringMatching(/\S/),
      ]),
  },
  {
    name: 'read: a gateway JSON page without an ETag, every time',
    arrange: inject({ route: 'decrypt', times: Infinity, fault: { kind: 'gateway-json' } }),
    exit: 1,
    says: /answered reading \(decrypted\) ESC environment lynn-sophia\/lambda\/h200 with a application\/json page instead of a YAML definition \(after 5 tries\)/,
    requests: Array(5).fill('decrypt'),
    revisions: 0,
  },
  {
    name: 'read: body cut mid-way ("terminated"), once',
    arrange: inject({ route: 'decrypt', fault: { kind: 'cut-body' } }),
    exit: 0,
    requests: ['decrypt', 'decrypt', 'patch', 'open', 'read-open'],
    revisions: 1,
  },
  {
    name: 'read: body stalls past the per-request limit, once',
    arrange: inject({ route: 'decrypt', fault: { kind: 'stall-body' } }),
    exit: 0,
    requests: ['decrypt', 'decrypt', 'patch', 'open', 'read-open'],
    revisions: 1,
  },
  {
    name: 'read: a 1 GB body',
    arrange: inject({ route: 'decrypt', fault: { kind: 'huge-body', megabytes: 1024 } }),
    exit: 1,
    says: /answered reading \(decrypted\) ESC environment lynn-sophia\/lambda\/h200 with a body over 10 MB; refused without reading it all/,
    requests: ['decrypt'],
    revisions: 0,
  },
  {
    name: 'write: answer cut mid-way after the write landed',
    arrange: inject({ route: 'patch', fault: { kind: 'cut-body' } }),
    exit: 0,
    says: /failed without saying whether they were applied/,
    requests: ['decrypt', 'patch', 'decrypt', 'open', 'read-open'],
    revisions: 1,
  },
  {
    name: 'write: 400 diagnostics that quote the values sent',
    arrange: inject({ route: 'patch', fault: { kind: 'echo-diagnostics' } }),
    exit: 1,
    says: /ESC rejected the request while writing ESC environment lynn-sophia\/lambda\/h200 \(400\):\n(- .*\n)*- invalid secret value "\*\*\*" : :warning::from the diagnostic \(the value was: \*\*\*\)/,
    requests: ['decrypt', 'patch'],
    revisions: 0,
    check: noCommandsFromServer,
  },
  {
    name: 'write: an error message holding workflow commands',
    arrange: inject({ route: 'patch', fault: { kind: 'command-text', status: 400 } }),
    exit: 1,
    says: /answered 400|rejected the request while writing .*upstream failed : :warning::injected by the server/,
    requests: ['decrypt', 'patch'],
    revisions: 0,
    check: (run) => {
      noCommandsFromServer(run);
      expect(run.outputs.changed).not.toBe('true');
    },
  },
  {
    name: 'read: a 503 holding workflow commands, every time',
    arrange: inject({ route: 'decrypt', times: Infinity, fault: { kind: 'command-text', status: 503 } }),
    exit: 1,
    says: /answered 503 while reading .*upstream failed : :warning::injected by the server.*\(after 5 tries\)/,
    requests: Array(5).fill('decrypt'),
    revisions: 0,
    check: noCommandsFromServer,
  },
  {
    name: 'verify: open answers text that is not JSON (listing the values), once',
    arrange: inject({ route: 'open', fault: { kind: 'not-json' } }),
    exit: 0,
    requests: ['decrypt', 'patch', 'open', 'open', 'read-open'],
    revisions: 1,
    check: (run) => expect(run.log).not.toContain(H200_SECRETS.LAMBDA_LABS_API_KEY.slice(0, 8)),
  },
  ...(
    [
      ['input', { 'pulumi-access-token': 'pul-first-line-0001\npul-second-line-0002' }, {}],
      ['env', { 'pulumi-access-token': '' }, { PULUMI_ACCESS_TOKEN: 'pul-first-line-0003\r\npul-second-line-0004' }],
    ] as const
  ).map(([where, inputs, env]): Scenario => ({
    name: `a token with a line break (${where})`,
    inputs,
    env,
    alsoSecret: ['pul-first-line-0001', 'pul-second-line-0002', 'pul-first-line-0003', 'pul-second-line-0004'],
    exit: 1,
    says: /holds a line break or a control character, which a token never does; it was not sent anywhere/,
    requests: [],
    revisions: 0,
    check: (run) => {
      expect(run.masks).toEqual(
        expect.arrayContaining(
          where === 'input'
            ? ['pul-first-line-0001', 'pul-second-line-0002']
            : ['pul-first-line-0003', 'pul-second-line-0004'],
        ),
      );
    },
  })),
];

describe('a hostile world: the server, the network and the config misbehave; nothing lost, nothing leaked', () => {
  sweepScenarios(HTTP);
});
