// @ts-check
// The examples/ directory laid out as a user's repository would hold it: each workflow under
// .github/workflows/, each config file under .github/. The tests and `npm run check:workflows`
// audit this layout with the action itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));

/** @returns {Record<string, string>} repository path → file text */
export function exampleRepository() {
  /** @type {Record<string, string>} */
  const files = {};
  for (const name of readdirSync(join(EXAMPLES, 'workflows')).filter((n) => /\.ya?ml$/.test(n)))
    files[`.github/workflows/${name}`] = readFileSync(join(EXAMPLES, 'workflows', name), 'utf8');
  for (const name of readdirSync(EXAMPLES).filter((n) => /^lambda-h200-sync(\.[\w-]+)?\.yml$/.test(n)))
    files[`.github/${name}`] = readFileSync(join(EXAMPLES, name), 'utf8');
  return files;
}
