import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BODY_LIMIT_BYTES, HttpFailure, replyJson, request, type HttpRequest } from '../../src/http/index.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real server on 127.0.0.1 that answers every request with `handler`, and counts them. */
async function serve(handler: Handler): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function started(handler: Handler) {
  const server = await serve(handler);
  servers.push(server);
  return server;
}

const base = (url: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'GET',
  url: `${url}/api/thing`,
  headers: { Authorization: 'token sekrit-token-value' },
  what: 'reading the thing',
  deadline: Date.now() + 20_000,
  timeoutMs: 5_000,
  urlInput: 'cloud-url',
  ...extra,
});

async function failureOf(promise: Promise<unknown>): Promise<HttpFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpFailure) return error;
    throw error;
  }
  throw new Error('expected an HttpFailure');
}

describe('request: redirects are never followed', () => {
  it.each([301, 302, 303, 307, 308])(
    '%i to another origin fails naming that origin; nothing reaches it',
    async (status) => {
      const elsewhere = await started((_req, res) => res.end('got it'));
      const origin = await started((_req, res) => {
        res.writeHead(status, { Location: `${elsewhere.url}/collect?x=1` }).end();
      });
      const failure = await failureOf(request(base(origin.url, { method: 'PATCH', body: 'values: {}' })));
      expect(failure.kind).toBe('redirect');
      expect(failure.retryable).toBe(false);
      expect(failure.message).toContain(`redirect (${status}) to ${elsewhere.url}`);
      expect(failure.message).toMatch(/never follows a redirect/);
      expect(failure.message).not.toContain('collect');
      expect(elsewhere.hits()).toBe(0);
    },
  );

  it('on the same host, advises setting the address input to the new origin', async () => {
    const origin = await started((_req, res) => {
      res.writeHead(308, { Location: 'https://127.0.0.1:8443/api/thing' }).end();
    });
    const failure = await failureOf(request(base(origin.url)));
    expect(failure.message).toMatch(
      /stays on 127\.0\.0\.1: if https:\/\/127\.0\.0\.1:8443 is the service's address, set cloud-url to it/,
    );
  });

  it('a redirect without a Location says so', async () => {
    const origin = await started((_req, res) => res.writeHead(302).end());
    expect((await failureOf(request(base(origin.url)))).message).toMatch(/redirect \(302\) without a usable target/);
  });
});

describe('request: bodies', () => {
  it('reads a body whole', async () => {
    const server = await started((_req, res) => res.end('{"a":1}'));
    const reply = await request(base(server.url));
    expect(reply).toMatchObject({ status: 200, ok: true, text: '{"a":1}', what: 'reading the thing' });
    expect(replyJson(reply)).toEqual({ a: 1 });
  });

  it('a body cut mid-way is a retryable network failure', async () => {
    const server = await started((_req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('values: {partial');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const failure = await failureOf(request(base(server.url)));
    expect(failure).toMatchObject({ kind: 'network', retryable: true });
    expect(failure.message).toMatch(/connection to 127\.0\.0\.1:\d+ broke while it was answering reading the thing/);
    expect(failure.message).not.toContain('partial');
  });

  it('a body that stalls past the per-request limit is a retryable timeout', async () => {
    const server = await started((_req, res) => {
      res.writeHead(200, { 'Content-Length': '1000' });
      res.write('values:');
    });
    const failure = await failureOf(request(base(server.url, { timeoutMs: 300 })));
    expect(failure).toMatchObject({ kind: 'timeout', retryable: true });
    expect(failure.message).toMatch(/stopped sending its answer to reading the thing within 0\.3 s/);
  });

  it("a stall that reaches the step's deadline (a fraction of a millisecond too) is out of time, not retryable", async () => {
    const server = await started(() => undefined);
    const failure = await failureOf(request(base(server.url, { deadline: Date.now() + 300.5 })));
    expect(failure).toMatchObject({ kind: 'out-of-time', retryable: false });
    expect(failure.message).toMatch(/did not answer reading the thing before the step's timeout ran out/);
  });

  it.each([
    ['streamed without a length', false],
    ['declared by Content-Length', true],
  ])('a body over the cap is refused, %s', async (_name, declared) => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const server = await started((_req, res) => {
      if (declared) res.writeHead(200, { 'Content-Length': String(BODY_LIMIT_BYTES * 100) });
      let sent = 0;
      const pump = () => {
        while (sent < 100 && res.write(chunk)) sent++;
        if (sent < 100 && !res.destroyed) res.once('drain', pump);
        else res.end();
      };
      res.on('error', () => undefined);
      pump();
    });
    const failure = await failureOf(request(base(server.url)));
    expect(failure).toMatchObject({ kind: 'too-large', retryable: false });
    expect(failure.message).toMatch(/body over 10 MB; refused/);
  });

  it('a success that is not JSON is malformed, described without quoting it', async () => {
    const server = await started((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>lambda_key_0123456789 Unexpected'),
    );
    const failure = await failureOf(request(base(server.url)).then(replyJson));
    expect(failure).toMatchObject({ kind: 'malformed', retryable: true });
    expect(failure.message).toMatch(/body that is not JSON \(\d+ bytes, text\/html\)/);
    expect(failure.message).not.toMatch(/lambda_key|html>|Unexpected/);
  });
});

describe('request: what is never sent', () => {
  it.each([
    ['a line break', 'token abc\ndef'],
    ['a control character', 'token abc\u0007def'],
    ['a non-ASCII character', 'token abcédef'],
  ])('a header holding %s fails before sending, quoting nothing', async (_name, value) => {
    const server = await started((_req, res) => res.end());
    const failure = await failureOf(request(base(server.url, { headers: { Authorization: value } })));
    expect(failure.kind).toBe('invalid-request');
    expect(failure.message).toMatch(/Authorization header .* cannot carry/);
    expect(failure.message).not.toMatch(/abc|def/);
    expect(server.hits()).toBe(0);
  });

  it("nothing starts once the step's deadline has passed", async () => {
    const server = await started((_req, res) => res.end());
    const failure = await failureOf(request(base(server.url, { deadline: Date.now() - 1 })));
    expect(failure.kind).toBe('out-of-time');
    expect(server.hits()).toBe(0);
  });

  it('an unreachable host is a retryable network failure naming it', async () => {
    const server = await started((_req, res) => res.end());
    const url = server.url;
    await server.close();
    servers.length = 0;
    const failure = await failureOf(request(base(url)));
    expect(failure).toMatchObject({ kind: 'network', retryable: true });
    expect(failure.message).toMatch(/Could not reach 127\.0\.0\.1:\d+ for reading the thing \(ECONNREFUSED\)/);
  });
});
