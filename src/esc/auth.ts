import { ConfigurationError, ServiceError } from '../errors.js';
import { acceptCredential, HttpFailure, type HttpReply, replyJson, request, untrustedText } from '../http/index.js';
import type { EnvironmentRef } from './environment-ref.js';
import { describeActivity, describeFailure, EscApiError } from './errors.js';

export interface AccessToken {
  value: string;
  /** Said when Pulumi Cloud refuses the token. */
  source: string;
}

/** What the token resolution needs of the settings (structurally a part of Settings). */
export interface TokenSettings {
  /** The token and where it came from; undefined means: try OIDC. */
  accessToken?: { value: string; source: 'input' | 'env' };
  cloudUrl: string;
  oidc: { requestedTokenType: string; scope?: string; expirationSeconds?: number };
}

export interface TokenDeps {
  /** core.getIDToken: a GitHub OIDC token for the audience. */
  getIdToken: (audience: string) => Promise<string>;
  mask: (value: string) => void;
  deadline: number;
}

/** The input's token, else PULUMI_ACCESS_TOKEN, else a GitHub OIDC token exchanged for a Pulumi one. */
export async function resolveAccessToken(
  settings: TokenSettings,
  ref: EnvironmentRef,
  deps: TokenDeps,
): Promise<AccessToken> {
  if (settings.accessToken) {
    return {
      value: settings.accessToken.value,
      source:
        settings.accessToken.source === 'input'
          ? 'the pulumi-access-token input'
          : 'the PULUMI_ACCESS_TOKEN environment variable',
    };
  }
  const audience = `urn:pulumi:org:${ref.org}`;
  let idToken: string;
  try {
    idToken = await deps.getIdToken(audience);
  } catch {
    throw new ConfigurationError(
      'No Pulumi access token: set the pulumi-access-token input (or PULUMI_ACCESS_TOKEN), or give the job `permissions: id-token: write` so the action can use OIDC (not available on pull requests from forks).',
    );
  }
  let reply: HttpReply;
  let value: unknown;
  try {
    reply = await request({
      method: 'POST',
      url: `${settings.cloudUrl}/api/oauth/token`,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        audience,
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
        requested_token_type: `urn:pulumi:token-type:access_token:${settings.oidc.requestedTokenType}`,
        subject_token: idToken,
        ...(settings.oidc.scope ? { scope: settings.oidc.scope } : {}),
        ...(settings.oidc.expirationSeconds ? { expiration: settings.oidc.expirationSeconds } : {}),
      }),
      what: describeActivity({ operation: 'exchange-oidc' }),
      deadline: deps.deadline,
      urlInput: 'cloud-url',
    });
    if (reply.ok) value = replyJson<{ access_token?: unknown }>(reply)?.access_token;
  } catch (error) {
    if (error instanceof HttpFailure)
      throw new EscApiError(error.message, undefined, undefined, error.kind === 'out-of-time', error.failureKind);
    throw error;
  }
  if (!reply.ok) {
    const requestId = reply.headers.get('x-pulumi-request-id');
    throw describeFailure(reply.status, reply.text, requestId ? untrustedText(requestId, 80) : undefined, {
      operation: 'exchange-oidc',
      tokenSource: `the OIDC exchange for ${audience}`,
    });
  }
  if (typeof value !== 'string' || !value)
    throw new ServiceError(`Pulumi Cloud's OIDC exchange for ${audience} answered without an access token.`);
  acceptCredential(value, `Pulumi Cloud's OIDC exchange for ${audience}`, deps.mask);
  return {
    value,
    source: `the OIDC exchange for ${audience} (requested token type ${settings.oidc.requestedTokenType})`,
  };
}
