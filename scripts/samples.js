// @ts-check
// Sample data shared by the demo, the bench and the tests: ten H200 secrets as a team would set them,
// and an ESC environment that already holds things the action does not manage.

/** A syntactically well-formed but fake OpenSSH private key (never a real credential). */
export const SAMPLE_OPENSSH_KEY = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACDx2dTPUkvRzYrwKaRBTZ5VJZ3rB6rA0mVn8L2gE4gxwgAAAJhRqhsZUaob',
  'GQAAAAtzc2gtZWQyNTUxOQAAACDx2dTPUkvRzYrwKaRBTZ5VJZ3rB6rA0mVn8L2gE4gxwg',
  'AAAEDcB2Qb1TzLx7m0m2Z7Qp5F3B0m6x8qkQvLZbJ8bHnFS/HZ1M9SS9HNivAppEFNnlUl',
  '-----END OPENSSH PRIVATE KEY-----',
  '',
].join('\n');

/** @type {Readonly<Record<string, string>>} */
export const H200_SECRETS = {
  LAMBDA_LABS_API_KEY: 'secret_lynn-sophia_4f1c9e2ab7d84b3c.Zq8vRk2mWn5pXy7t',
  LAMBDA_LABS_SSH_KEY_NAME: 'lynn-sophia-h200-key',
  LAMBDA_LABS_SSH_PRIVATE_KEY: SAMPLE_OPENSSH_KEY,
  LAMBDA_LABS_REGION: 'us-west-1',
  LAMBDA_LABS_INSTANCE_TYPE: 'gpu_1x_h200',
  LAMBDA_LABS_CLUSTER_SIZE: '3',
  LAMBDA_LABS_MAX_CLUSTER_SIZE: '16',
  LAMBDA_LABS_SHARED_FS_ID: 'lynn-sophia-shared-fs',
  LAMBDA_LABS_SHARED_FS_MOUNT: '/mnt/shared',
  LAMBDA_LABS_ASG_NAME: 'lynn-sophia-h200-asg',
};

export const SAMPLE_ENVIRONMENT_NAME = 'lynn-sophia/lambda/h200';
export const SAMPLE_BASE_NAME = 'lynn-sophia/lambda/base';

/** An environment a team already uses: comments, an import, keys the action does not manage. */
export const EXISTING_ENVIRONMENT = `# Lambda H200 cluster: shared with the infra team
imports:
  - lambda/base # org-wide defaults
values:
  # Pulumi program settings, not managed by the sync
  pulumiConfig:
    cluster:name: lynn-sophia
    cluster:replicas: 3
  aws:
    region: eu-west-1
    login:
      fn::secret: aws-unrelated-credential-0001
  environmentVariables:
    AWS_REGION: \${aws.region} # used by the deploy job
`;

export const BASE_ENVIRONMENT = `values:
  defaults:
    owner: platform-team
`;
