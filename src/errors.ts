/**
 * Whose fault a failure is, which decides what the user is told to do:
 * - `setup`: the user's to fix (inputs, config, token, permissions, names, blocking findings);
 * - `service`: Pulumi Cloud, Lambda, GitHub or the network failed; a re-run may help;
 * - `internal`: a fault of the action itself, to be reported.
 */
export type FailureKind = 'setup' | 'service' | 'internal';

/** Why a run failed, as the report file and the headline carry it. Never holds a value. */
export interface Failure {
  kind: FailureKind;
  message: string;
  /** The service's id of the failed request, for its support. */
  requestId?: string;
}

/** An error whose kind is known where it is thrown. Its message is shown as is: it names what was wrong, never a value. */
export class KnownFailure extends Error {
  constructor(
    message: string,
    readonly kind: Exclude<FailureKind, 'internal'>,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/** A mistake the user can fix: an input, a config file, a token's permissions, a name. */
export class ConfigurationError extends KnownFailure {
  override name = 'ConfigurationError';
  constructor(message: string) {
    super(message, 'setup');
  }
}

/** A service or the network failed, not the user's setup; trying again later may pass. */
export class ServiceError extends KnownFailure {
  override name = 'ServiceError';
  constructor(message: string, requestId?: string) {
    super(message, 'service', requestId);
  }
}

/**
 * The kind of an HTTP failure: a request the service refuses as malformed, unauthenticated,
 * forbidden or aimed at a name that does not exist is the user's setup; 429, 5xx and everything
 * else (conflicts that kept coming, no answer) is the service.
 */
export const httpFailureKind = (status: number | undefined): Exclude<FailureKind, 'internal'> =>
  status === 400 || status === 401 || status === 403 || status === 404 ? 'setup' : 'service';

/** The failure an error stands for; anything not thrown as a KnownFailure is the action's own fault. */
export function failureOf(error: unknown): Failure {
  if (error instanceof KnownFailure) {
    return { kind: error.kind, message: error.message, ...(error.requestId ? { requestId: error.requestId } : {}) };
  }
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}
