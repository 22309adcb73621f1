import { type EnvironmentRef, formatRef } from './environment-ref.js';

/** What the client was doing, for messages and for the permission a 403 implies. */
export type EscOperation = 'read' | 'decrypt' | 'create' | 'update' | 'open' | 'read-opened' | 'exchange-oidc';

const ACTIVITY: Record<EscOperation, string> = {
  read: 'reading',
  decrypt: 'reading (decrypted)',
  create: 'creating',
  update: 'writing',
  open: 'opening',
  'read-opened': 'reading the opened values of',
  'exchange-oidc': 'exchanging the GitHub OIDC token for',
};

const PERMISSION: Record<EscOperation, string> = {
  read: 'read',
  decrypt: 'open',
  create: 'write',
  update: 'write',
  open: 'open',
  'read-opened': 'open',
  'exchange-oidc': 'a trust policy for this repository',
};

/** One ESC diagnostic as the API returns it on 400. */
interface Diagnostic {
  summary?: string;
  detail?: string;
  path?: string;
  range?: { begin?: { line?: number; column?: number } };
}

/** An ESC request that failed; the message says what was tried, what came back and what to do. */
export class EscApiError extends Error {
  override name = 'EscApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly requestId: string | undefined,
    /** True when the step's own timeout ran out: trying again cannot help. */
    readonly outOfTime = false,
  ) {
    super(message);
  }
}

export interface FailureContext {
  operation: EscOperation;
  ref?: EnvironmentRef;
  /** Where the token came from (input, env, OIDC): said on 401. */
  tokenSource: string;
}

export function describeFailure(
  status: number,
  bodyText: string,
  requestId: string | undefined,
  ctx: FailureContext,
): EscApiError {
  const target = ctx.ref ? `ESC environment ${formatRef(ctx.ref)}` : 'Pulumi Cloud';
  const doing = `${ACTIVITY[ctx.operation]} ${target}`;
  const body = parseBody(bodyText);
  const said = body.message ? `: ${body.message}` : '';
  const idNote = requestId ? ` (request id ${requestId})` : '';
  switch (status) {
    case 400:
      return new EscApiError(
        `ESC rejected the request while ${doing} (400)${formatDiagnostics(body.diagnostics) || said}`,
        status,
        requestId,
      );
    case 401:
      return new EscApiError(
        `Pulumi Cloud refused the access token while ${doing} (401): the token is missing, expired or wrong. It came from ${ctx.tokenSource}.`,
        status,
        requestId,
      );
    case 403:
      return new EscApiError(
        `The access token may not do this while ${doing} (403): it needs the ${PERMISSION[ctx.operation]} permission${ctx.ref ? ` on ${formatRef(ctx.ref)}` : ''}.`,
        status,
        requestId,
      );
    case 404:
      return new EscApiError(
        ctx.ref
          ? `${target} was not found while ${ACTIVITY[ctx.operation]} it (404): organization "${ctx.ref.org}", project "${ctx.ref.project}", environment "${ctx.ref.env}". A token without access to it gets 404 too, so check the names and the token's team access.`
          : `Pulumi Cloud answered 404 while ${doing}${said}; check cloud-url.`,
        status,
        requestId,
      );
    default:
      return new EscApiError(`Pulumi Cloud answered ${status} while ${doing}${said}${idNote}.`, status, requestId);
  }
}

function parseBody(text: string): { message?: string; diagnostics?: Diagnostic[] } {
  try {
    const parsed = JSON.parse(text) as {
      message?: unknown;
      diagnostics?: unknown;
      error_description?: unknown;
      error?: unknown;
    };
    const message = [parsed.message, parsed.error_description, parsed.error].find((m) => typeof m === 'string') as
      string | undefined;
    return {
      ...(message ? { message: clip(message) } : {}),
      ...(Array.isArray(parsed.diagnostics) ? { diagnostics: parsed.diagnostics as Diagnostic[] } : {}),
    };
  } catch {
    return text.trim() ? { message: clip(text.trim()) } : {};
  }
}

// Error pages can be whole HTML documents; a sentence is enough to tell what happened.
const clip = (text: string): string => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

function formatDiagnostics(diagnostics: Diagnostic[] | undefined): string {
  if (!diagnostics?.length) return '';
  const lines = diagnostics.map((d) => {
    const where = [d.path, d.range?.begin?.line ? `line ${d.range.begin.line}:${d.range.begin.column ?? 1}` : undefined]
      .filter(Boolean)
      .join(', ');
    return `- ${d.summary ?? 'invalid document'}${d.detail ? ` (${d.detail})` : ''}${where ? ` at ${where}` : ''}`;
  });
  return `:\n${lines.join('\n')}`;
}
