import type { Profile, RuleName, SecretEntry } from './types.js';

const entry = (secret: string, key: string, rule: RuleName): SecretEntry => ({
  secret,
  path: `lambdaLabs.${key}`,
  env: secret,
  required: true,
  rule,
});

/**
 * The built-in `lambda-h200` profile: the ten H200 secrets of PRODUCT.md. It holds what is true for
 * every team (names, paths, rules, legacy names) and no expected values: a team's key name, region
 * and cluster size are its own choices and go in its config file (examples/lambda-h200-sync.yml).
 */
export const lambdaH200Profile: Profile = {
  name: 'lambda-h200',
  entries: [
    entry('LAMBDA_LABS_API_KEY', 'apiKey', 'api-key'),
    entry('LAMBDA_LABS_SSH_KEY_NAME', 'sshKeyName', 'ssh-key-name'),
    entry('LAMBDA_LABS_SSH_PRIVATE_KEY', 'sshPrivateKey', 'ssh-private-key'),
    entry('LAMBDA_LABS_REGION', 'region', 'region'),
    entry('LAMBDA_LABS_INSTANCE_TYPE', 'instanceType', 'instance-type'),
    entry('LAMBDA_LABS_CLUSTER_SIZE', 'clusterSize', 'cluster-size'),
    entry('LAMBDA_LABS_MAX_CLUSTER_SIZE', 'maxClusterSize', 'positive-integer'),
    entry('LAMBDA_LABS_SHARED_FS_ID', 'sharedFsId', 'non-empty'),
    entry('LAMBDA_LABS_SHARED_FS_MOUNT', 'sharedFsMount', 'absolute-path'),
    entry('LAMBDA_LABS_ASG_NAME', 'asgName', 'non-empty'),
  ],
  legacy: {
    LAMBDA_API_KEY: 'LAMBDA_LABS_API_KEY',
    LAMBDA_IP_ADDRESS: null,
    LAMBDA_SSH_PRIVATE_KEY: 'LAMBDA_LABS_SSH_PRIVATE_KEY',
  },
};

export const emptyProfile: Profile = { name: 'none', entries: [], legacy: {} };

/** The names the `profile` input and the config file's `profile:` accept. */
export const PROFILE_NAMES = ['lambda-h200', 'none'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

const BUILTIN_PROFILES: Record<ProfileName, Profile> = { 'lambda-h200': lambdaH200Profile, none: emptyProfile };

export function builtinProfile(name: ProfileName): Profile {
  return BUILTIN_PROFILES[name];
}
