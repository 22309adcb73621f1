import { ConfigurationError } from '../errors.js';
import type { Settings } from '../settings.js';
import { fetchBefore } from './client.js';
import type { EnvironmentRef } from './environment-ref.js';
import { describeFailure } from './errors.js';

export interface AccessToken {
  value: string;
  /** Said when Pulumi Cloud refuses the token. */
  source: string;
}

export interface TokenDeps {
  /** core.getIDToken: a GitHub OIDC token for the audience. */
  getIdToken: (audience: string) => Promise<string>;
  mask: (value: string) => void;
  deadline: number;
}

/** The input's token, else PULUMI_ACCESS_TOKEN, else a GitHub OIDC token exchanged for a Pulumi one. */
export async function resolveAccessToken(
  settings: Settings,
  ref: EnvironmentRef,
  deps: TokenDeps,
): Promise<AccessToken> {
  if (settings.accessToken) {
    deps.mask(settings.accessToken.value);
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
  const response = await fetchBefore(
    deps.deadline,
    `${settings.cloudUrl}/api/oauth/token`,
    {
      method: 'POST',
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
    },
    'exchange-oidc',
  );
  const text = await response.text();
  if (!response.ok) {
    throw describeFailure(response.status, text, response.headers.get('x-pulumi-request-id') ?? undefined, {
      operation: 'exchange-oidc',
      tokenSource: `the OIDC exchange for ${audience}`,
    });
  }
  const { access_token: value } = JSON.parse(text) as { access_token?: string };
  if (!value) throw new Error(`Pulumi Cloud's OIDC exchange for ${audience} answered without an access token.`);
  deps.mask(value);
  return {
    value,
    source: `the OIDC exchange for ${audience} (requested token type ${settings.oidc.requestedTokenType})`,
  };
}
