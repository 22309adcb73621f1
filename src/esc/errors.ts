import { httpFailureKind, KnownFailure } from '../errors.js';
import { untrustedText } from '../http/index.js';
import { type EnvironmentRef, formatRef } from './environment-ref.js';

/** What the client was doing, for messages and for the permission a 403 implies. */
export type EscOperation =
  'read' | 'decrypt' | 'encrypt' | 'create' | 'update' | 'open' | 'read-opened' | 'exchange-oidc';

const ACTIVITY: Record<EscOperation, string> = {
  read: 'reading',
  decrypt: 'reading (decrypted)',
  encrypt: 'encrypting values for',
  create: 'creating',
  update: 'writing',
  open: 'opening',
  'read-opened': 'reading the opened values of',
  'exchange-oidc': 'exchanging the GitHub OIDC token for',
};

const PERMISSION: Record<EscOperation, string> = {
  read: 'read',
  decrypt: 'open',
  encrypt: 'write',
  create: 'write',
  update: 'write',
  open: 'open',
  'read-opened': 'open',
  'exchange-oidc': 'a trust policy for this repository',
};

/** One ESC diagnostic as the API returns it on 400. */
export interface Diagnostic {
  summary?: string;
  detail?: string;
  path?: string;
  range?: { begin?: { line?: number; column?: number } };
}

/**
 * An ESC request that failed; the message says what was tried, what came back and what to do.
 * Refused as malformed, unauthenticated, forbidden or not found: the user's setup; otherwise
 * (429, 5xx, no answer, out of time) the service's.
 */
export class EscApiError extends KnownFailure {
  override name = 'EscApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
    requestId: string | undefined,
    /** True when the step's own timeout ran out: trying again within this step cannot help. */
    readonly outOfTime = false,
    kind = httpFailureKind(status),
    /** What a 400 said was wrong, for the caller to say in its own terms; the server's, untrusted. */
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message, kind, requestId);
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
  const target = targetOf(ctx);
  const doing = describeActivity(ctx);
  const body = parseBody(bodyText);
  const said = body.message ? `: ${body.message}` : '';
  const idNote = requestId ? ` (request id ${requestId})` : '';
  switch (status) {
    case 400:
      return new EscApiError(
        `ESC rejected the request while ${doing} (400)${formatDiagnostics(body.diagnostics) || said}`,
        status,
        requestId,
        false,
        undefined,
        body.diagnostics ?? [],
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

/** What the client was doing, for messages: "reading (decrypted) ESC environment org/project/env". */
export const describeActivity = (ctx: Pick<FailureContext, 'operation' | 'ref'>): string =>
  `${ACTIVITY[ctx.operation]} ${targetOf(ctx)}`;

const targetOf = (ctx: Pick<FailureContext, 'ref'>): string =>
  ctx.ref ? `ESC environment ${formatRef(ctx.ref)}` : 'Pulumi Cloud';

/** The message and diagnostics of an error body, every string through untrustedText; a body that is not JSON is the message. */
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
      ...(message ? { message: untrustedText(message) } : {}),
      ...(Array.isArray(parsed.diagnostics) ? { diagnostics: parsed.diagnostics as Diagnostic[] } : {}),
    };
  } catch {
    return text.trim() ? { message: untrustedText(text) } : {};
  }
}

/** Why a secret's plaintext was refused, said wherever the service says so. */
const REFERENCE_HINT =
  'a secret written as plaintext may not hold `${` (ESC reads it as a reference, and escaping it would change the value); such a value must be stored as ciphertext';

/** One line per diagnostic, with the secret a path belongs to when `secretAt` knows it. */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[] | undefined,
  secretAt: (path: string) => string | undefined = () => undefined,
): string {
  if (!diagnostics?.length) return '';
  // At most ten: the rest are counted. Every string is the server's: through untrustedText, numbers checked.
  const lines = diagnostics.slice(0, 10).map((d) => {
    const line = Number(d?.range?.begin?.line);
    const column = Number(d?.range?.begin?.column);
    const where = [
      typeof d?.path === 'string' ? untrustedText(d.path, 100) : undefined,
      Number.isInteger(line) && line > 0
        ? `line ${line}:${Number.isInteger(column) && column > 0 ? column : 1}`
        : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    const summary = typeof d?.summary === 'string' ? untrustedText(d.summary) : 'invalid document';
    const detail = typeof d?.detail === 'string' ? ` (${untrustedText(d.detail)})` : '';
    const secret = typeof d?.path === 'string' ? secretAt(d.path) : undefined;
    const hint = d?.summary === 'secret values must be string literals' ? `; ${REFERENCE_HINT}` : '';
    return `- ${summary}${detail}${where ? ` at ${where}` : ''}${secret ? `: ${secret}` : ''}${hint}`;
  });
  if (diagnostics.length > 10) lines.push(`- and ${diagnostics.length - 10} more`);
  return `:\n${lines.join('\n')}`;
}
