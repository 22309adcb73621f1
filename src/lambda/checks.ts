import type { CheckOutcome, Severity } from '../findings.js';
import { untrustedText } from '../http/index.js';
import { nearest } from '../util/closest.js';
import type { Answer, FileSystems, InstanceTypes, LambdaAnswers, SshKeys } from './answers.js';
import { fingerprint, parsePublicKey, publicHalf, sameKey } from './ssh-key.js';

/** The regions of Lambda's API spec (v1.6.0); a region named in the live catalog counts too. */
export const KNOWN_REGIONS = [
  'europe-central-1',
  'asia-south-1',
  'australia-east-1',
  'me-west-1',
  'asia-northeast-1',
  'asia-northeast-2',
  'us-east-1',
  'us-west-2',
  'us-west-1',
  'us-south-1',
  'us-west-3',
  'us-midwest-1',
  'us-east-2',
  'us-south-2',
  'us-south-3',
  'us-east-3',
  'us-midwest-2',
];

/** The secrets whose values the live checks prove, by the names findings give them. */
export const LIVE_SECRETS = {
  apiKey: 'LAMBDA_LABS_API_KEY',
  sshKeyName: 'LAMBDA_LABS_SSH_KEY_NAME',
  sshPrivateKey: 'LAMBDA_LABS_SSH_PRIVATE_KEY',
  region: 'LAMBDA_LABS_REGION',
  instanceType: 'LAMBDA_LABS_INSTANCE_TYPE',
  fileSystem: 'LAMBDA_LABS_SHARED_FS_ID',
  mount: 'LAMBDA_LABS_SHARED_FS_MOUNT',
} as const;

/** The values to prove; one that is absent (or failed validation) is not checked. */
export interface LiveValues {
  region?: string;
  instanceType?: string;
  sshKeyName?: string;
  /** The private key's text, and what to call it in messages (the secret's name, or a file). */
  sshKey?: { text: string; source: string };
  fileSystem?: string;
  mount?: string;
}

export interface LiveContext {
  /** The ESC path of a secret, for findings; undefined outside the action. */
  pathOf: (secret: string) => string | undefined;
  /** False when a piece of Lambda's data holds a secret value (a mount point named after the file system), so it must not be quoted. */
  quotable: (text: string) => boolean;
}

/**
 * Every live check, from what Lambda answered: pure, so each finding is tested without a server.
 * A refused key fails lambda-auth and nothing else runs; a route that failed makes each check that
 * needs it an error saying it could not run. Messages name secrets, never their values, and quote
 * only Lambda data that holds none.
 */
export function liveOutcomes(values: LiveValues, answers: LambdaAnswers, context: LiveContext): CheckOutcome[] {
  const say = sayer(context);
  if (answers.refused) return [refusedKey(answers.refused, say)];
  const routes = [answers.instanceTypes, answers.sshKeys, answers.fileSystems].filter((a) => a !== undefined);
  const unanswered = routes.find((a) => !a.ok);
  const outcomes = [
    routes.some((a) => a.ok)
      ? say.pass('lambda-auth', LIVE_SECRETS.apiKey)
      : say.unrun('lambda-auth', LIVE_SECRETS.apiKey, 'the API key', unanswered),
  ];
  const regionOutcome = values.region ? checkRegion(values.region, answers.instanceTypes, say) : undefined;
  if (regionOutcome) outcomes.push(regionOutcome);
  // Capacity in, and a file system's place against, a region Lambda does not know would only repeat that error.
  const region = regionOutcome && !regionOutcome.finding ? values.region : undefined;
  if (values.instanceType) outcomes.push(...checkInstanceType(values.instanceType, region, answers.instanceTypes, say));
  if (values.sshKeyName) outcomes.push(checkSshKey(values.sshKeyName, values.sshKey, answers.sshKeys, say));
  if (values.fileSystem) outcomes.push(checkFileSystem({ ...values, region }, answers.fileSystems, say));
  return outcomes;
}

type Say = ReturnType<typeof sayer>;

function sayer({ pathOf, quotable }: LiveContext) {
  return {
    pass: (check: string, secret: string): CheckOutcome => ({ check, subject: secret }),
    fail: (check: string, secret: string, severity: Severity, message: string): CheckOutcome => {
      const path = pathOf(secret);
      return { check, subject: secret, finding: { check, severity, secret, ...(path ? { path } : {}), message } };
    },
    /** An error because a route failed: the check did not run. */
    unrun(check: string, secret: string, what: string, answer: Answer<unknown> | undefined): CheckOutcome {
      return { ...this.fail(check, secret, 'error', couldNotRun(what, answer)), couldNotRun: true };
    },
    /** Up to three of Lambda's names, nearest to `near` first, leaving out any that holds a value. */
    names: (names: Iterable<string>, near?: string): string => {
      const safe = [...new Set(names)].filter(quotable);
      const chosen = near === undefined ? safe.slice(0, 3) : nearest(near, safe, 3);
      return chosen.length ? chosen.map((name) => untrustedText(name, 80)).join(', ') : 'none';
    },
    quotable,
  };
}

const couldNotRun = (what: string, answer: Answer<unknown> | undefined): string =>
  `Could not check ${what} against Lambda Cloud: ${answer && !answer.ok ? answer.why : 'it was not read'} The check did not run, so it counts as failed; a re-run may help.`;

const KEY_ADVICE: Record<string, string> = {
  'global/invalid-api-key':
    'the key is wrong, expired or deleted: generate a new one in the Lambda Cloud dashboard (API keys) and update the GitHub secret',
  'global/account-inactive': 'the Lambda Cloud account is not active: check its billing, or ask Lambda support',
};

function refusedKey({ status, code }: { status: number; code?: string }, say: Say): CheckOutcome {
  const advice = (code && KEY_ADVICE[code]) ?? 'check the key and the account in the Lambda Cloud dashboard';
  return say.fail(
    'lambda-auth',
    LIVE_SECRETS.apiKey,
    'error',
    `Lambda Cloud refused ${LIVE_SECRETS.apiKey} (${status}${code ? ` ${code}` : ', no error code'}): ${advice}. The other Lambda checks did not run.`,
  );
}

function checkRegion(region: string, catalog: Answer<InstanceTypes> | undefined, say: Say): CheckOutcome {
  const live = catalog?.ok ? catalogRegions(catalog.data) : [];
  if (KNOWN_REGIONS.includes(region) || live.includes(region)) return say.pass('lambda-region', LIVE_SECRETS.region);
  const closest = say.names([...KNOWN_REGIONS, ...live], region);
  return say.fail(
    'lambda-region',
    LIVE_SECRETS.region,
    'error',
    catalog?.ok
      ? `${LIVE_SECRETS.region} is not a region Lambda Cloud knows (neither in its API's list nor in the live catalog); closest: ${closest}.`
      : `${LIVE_SECRETS.region} is not in the list of Lambda regions this version knows (closest: ${closest}), and the live catalog, which may name newer ones, could not be read: ${catalog ? couldNotRun('it', catalog) : ''}`,
  );
}

function checkInstanceType(
  type: string,
  region: string | undefined,
  catalog: Answer<InstanceTypes> | undefined,
  say: Say,
): CheckOutcome[] {
  const secret = LIVE_SECRETS.instanceType;
  if (!catalog?.ok) {
    const what = 'the instance type and its capacity';
    return [
      say.unrun('lambda-instance-type', secret, what, catalog),
      ...(region ? [say.unrun('lambda-capacity', secret, what, catalog)] : []),
    ];
  }
  const entry = Object.entries(catalog.data).find(([key, e]) => key === type || e.instance_type.name === type)?.[1];
  if (!entry) {
    const names = Object.values(catalog.data).map((e) => e.instance_type.name);
    return [
      say.fail(
        'lambda-instance-type',
        secret,
        'error',
        `${secret} is not in Lambda Cloud's live catalog (${names.length} instance types); closest: ${say.names(names, type)}. Pick one of them, or check that your account can see the type.`,
      ),
    ];
  }
  const outcomes = [say.pass('lambda-instance-type', secret)];
  if (!region) return outcomes;
  const withCapacity = entry.regions_with_capacity_available.map((r) => r.name);
  outcomes.push(
    withCapacity.includes(region)
      ? say.pass('lambda-capacity', secret)
      : say.fail(
          'lambda-capacity',
          secret,
          'warning',
          `Lambda Cloud has no capacity for ${secret} in ${LIVE_SECRETS.region} right now (regions with capacity: ${say.names(withCapacity)}). A launch would fail until capacity returns; this can change within minutes.`,
        ),
  );
  return outcomes;
}

function checkSshKey(
  name: string,
  key: LiveValues['sshKey'],
  registered: Answer<SshKeys> | undefined,
  say: Say,
): CheckOutcome {
  const secret = LIVE_SECRETS.sshKeyName;
  if (!registered?.ok) return say.unrun('lambda-ssh-key', secret, 'the SSH key', registered);
  const candidates = registered.data.filter((k) => k.name === name);
  if (!candidates.length) {
    return say.fail(
      'lambda-ssh-key',
      secret,
      'error',
      `No SSH key is registered at Lambda Cloud under the name in ${secret} (the account has ${registered.data.length}; closest: ${say.names(
        registered.data.map((k) => k.name),
        name,
      )}). Register the public key under that name, or fix the secret.`,
    );
  }
  if (!key) return say.pass('lambda-ssh-key', secret);
  const half = publicHalf(key.text);
  if (half.kind === 'unreadable') {
    return say.fail(
      'lambda-ssh-key',
      secret,
      'error',
      `${key.source} could not be read as an SSH private key, so it could not be compared with the key registered under ${secret}.`,
    );
  }
  if (half.kind === 'encrypted-pem') {
    return say.fail(
      'lambda-ssh-key',
      secret,
      'notice',
      `${key.source} is a passphrase-protected PEM key, whose public half is encrypted too: it was not compared with the key registered under ${secret}. Converting it to the OpenSSH format (ssh-keygen -p -o -f FILE) lets it be compared without the passphrase.`,
    );
  }
  const keys = candidates.map((k) => parsePublicKey(k.public_key));
  if (keys.some((k) => k && sameKey(k, half.key))) {
    return half.normalised
      ? say.fail(
          'lambda-ssh-key',
          secret,
          'notice',
          `${key.source} matches the key registered under ${secret}, but only after normalising it: it has CRLF line endings or lacks its final newline. Some ssh clients refuse such a key file; store the key exactly as the file holds it.`,
        )
      : say.pass('lambda-ssh-key', secret);
  }
  const registeredPrint = keys.find((k) => k !== undefined);
  return say.fail(
    'lambda-ssh-key',
    secret,
    'error',
    registeredPrint
      ? `The key registered under ${secret} (${describe(registeredPrint)}) is not the public half of ${key.source} (${describe(half.key)}): instances launched with it would refuse this key. Register the matching public key (ssh-keygen -y -f FILE) under that name, or update the secret.`
      : `The key registered under ${secret} is not an OpenSSH public key this check can read, so it could not be compared with ${key.source}.`,
  );
}

const describe = (key: NonNullable<ReturnType<typeof parsePublicKey>>): string =>
  `${key.type.toUpperCase()} ${fingerprint(key)}`;

function checkFileSystem(values: LiveValues, fileSystems: Answer<FileSystems> | undefined, say: Say): CheckOutcome {
  const secret = LIVE_SECRETS.fileSystem;
  if (!fileSystems?.ok) return say.unrun('lambda-file-system', secret, 'the file system', fileSystems);
  const found =
    fileSystems.data.find((fs) => fs.id === values.fileSystem) ??
    fileSystems.data.find((fs) => fs.name === values.fileSystem);
  if (!found) {
    return say.fail(
      'lambda-file-system',
      secret,
      'error',
      `No Lambda Cloud file system has the id or name in ${secret} (the account has ${fileSystems.data.length}; closest names: ${say.names(
        fileSystems.data.map((fs) => fs.name),
        values.fileSystem,
      )}).`,
    );
  }
  if (values.region && found.region.name !== values.region) {
    return say.fail(
      'lambda-file-system',
      secret,
      'error',
      `The file system in ${secret} is in ${say.names([found.region.name])}, not in ${LIVE_SECRETS.region}: Lambda attaches a file system only to instances in its own region (a launch fails with file-system-in-wrong-region).`,
    );
  }
  if (values.mount && found.mount_point !== values.mount) {
    const where = say.quotable(found.mount_point)
      ? untrustedText(found.mount_point, 200)
      : 'a path that holds one of the values';
    return say.fail(
      'lambda-file-system',
      secret,
      'notice',
      `Lambda mounts the file system in ${secret} at ${where}, not at ${LIVE_SECRETS.mount}: anything that expects it there needs a symlink or the mount point.`,
    );
  }
  return say.pass('lambda-file-system', secret);
}

const catalogRegions = (catalog: InstanceTypes): string[] => [
  ...new Set(Object.values(catalog).flatMap((e) => e.regions_with_capacity_available.map((r) => r.name))),
];
