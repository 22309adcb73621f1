import type { RuleName } from '../validate/rule-names.js';
import type { Profile, SecretEntry } from './types.js';

const entry = (secret: string, key: string, rule: RuleName, expected?: string): SecretEntry => ({
  secret,
  path: `lambdaLabs.${key}`,
  env: secret,
  required: true,
  rule,
  ...(expected === undefined ? {} : { expected }),
});

/** The built-in `lambda-h200` profile: the ten H200 secrets of PRODUCT.md. */
export const lambdaH200Profile: Profile = {
  name: 'lambda-h200',
  entries: [
    entry('LAMBDA_LABS_API_KEY', 'apiKey', 'api-key'),
    entry('LAMBDA_LABS_SSH_KEY_NAME', 'sshKeyName', 'ssh-key-name', 'lynn-sophia-h200-key'),
    entry('LAMBDA_LABS_SSH_PRIVATE_KEY', 'sshPrivateKey', 'ssh-private-key'),
    entry('LAMBDA_LABS_REGION', 'region', 'region', 'us-west-1'),
    entry('LAMBDA_LABS_INSTANCE_TYPE', 'instanceType', 'instance-type', 'gpu_1x_h200'),
    entry('LAMBDA_LABS_CLUSTER_SIZE', 'clusterSize', 'cluster-size', '3'),
    entry('LAMBDA_LABS_MAX_CLUSTER_SIZE', 'maxClusterSize', 'positive-integer', '16'),
    entry('LAMBDA_LABS_SHARED_FS_ID', 'sharedFsId', 'non-empty', 'lynn-sophia-shared-fs'),
    entry('LAMBDA_LABS_SHARED_FS_MOUNT', 'sharedFsMount', 'absolute-path', '/mnt/shared'),
    entry('LAMBDA_LABS_ASG_NAME', 'asgName', 'non-empty', 'lynn-sophia-h200-asg'),
  ],
  legacy: {
    LAMBDA_API_KEY: 'LAMBDA_LABS_API_KEY',
    LAMBDA_IP_ADDRESS: null,
    LAMBDA_SSH_PRIVATE_KEY: 'LAMBDA_LABS_SSH_PRIVATE_KEY',
  },
};

export const emptyProfile: Profile = { name: 'none', entries: [], legacy: {} };

export function builtinProfile(name: string): Profile | undefined {
  return { 'lambda-h200': lambdaH200Profile, none: emptyProfile }[name];
}
