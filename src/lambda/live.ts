import type { CheckOutcome } from '../findings.js';
import { answerOf, type LambdaAnswers, type RouteAnswers } from './answers.js';
import {
  type LambdaClientOptions,
  LambdaClient,
  LambdaKeyRefused,
  type LambdaRoute,
  LambdaUnavailable,
} from './client.js';
import { type LiveContext, liveOutcomes, type LiveValues } from './checks.js';

/**
 * The live checks against Lambda Cloud, loaded only when asked for (`check-lambda`, `preflight
 * --live`): each route read once, one after the other (Lambda allows about one request a second),
 * then every check run on what came back.
 */
export async function runLiveChecks(
  client: LambdaClientOptions,
  values: LiveValues,
  context: LiveContext,
): Promise<CheckOutcome[]> {
  return liveOutcomes(values, await readLambda(new LambdaClient(client), values), context);
}

/** The routes the values need (the catalog always: it also proves the key), stopping at a refused key. */
async function readLambda(client: LambdaClient, values: LiveValues): Promise<LambdaAnswers> {
  const answers: RouteAnswers = {};
  const wanted: [LambdaRoute, keyof RouteAnswers, boolean][] = [
    ['instance-types', 'instanceTypes', true],
    ['ssh-keys', 'sshKeys', values.sshKeyName !== undefined],
    ['file-systems', 'fileSystems', values.fileSystem !== undefined],
  ];
  for (const [route, field, needed] of wanted) {
    if (!needed) continue;
    try {
      Object.assign(answers, { [field]: answerOf(route, await client.get(route)) });
    } catch (error) {
      if (error instanceof LambdaKeyRefused)
        return { refused: { status: error.status, ...(error.code ? { code: error.code } : {}) } };
      if (!(error instanceof LambdaUnavailable)) throw error;
      Object.assign(answers, { [field]: { ok: false, why: error.message } });
    }
  }
  return answers;
}
