import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = { permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: Step[] }> };

// The repository's own workflows and the examples users copy: both are held to the same rules.
const FILES = ['.github/workflows', 'examples/workflows'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${dir}/${name}`),
);
const read = (path: string) => ({
  text: readFileSync(path, 'utf8'),
  workflow: parse(readFileSync(path, 'utf8')) as Workflow,
});
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
const OURS = /^(\.\/?|[^/]+\/lambda-h200-sync@v\d+)$/;

describe.each(FILES)('%s', (path) => {
  const { text, workflow } = read(path);

  it('pins every third-party action to a full commit SHA, with its version in a comment', () => {
    const unpinned = steps(workflow)
      .map((step) => step.uses)
      .filter((uses): uses is string => !!uses && !OURS.test(uses))
      .filter((uses) => {
        const pinned = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses);
        const line = text.split('\n').find((l) => l.includes(`uses: ${uses}`)) ?? '';
        return !pinned || !/ # v\d+\.\d+\.\d+$/.test(line);
      });
    expect(unpinned).toEqual([]);
  });

  it('checks out without leaving the token in .git/config', () => {
    const checkouts = steps(workflow).filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((step) => step.with?.['persist-credentials'])).toEqual(checkouts.map(() => false));
  });

  it('grants nothing at the top and declares what each job needs', () => {
    expect(workflow.permissions).toEqual({});
    const undeclared = Object.entries(workflow.jobs).filter(([, job]) => job.permissions === undefined);
    expect(undeclared.map(([name]) => name)).toEqual([]);
  });
});
