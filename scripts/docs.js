// @ts-check
// `npm run docs`: rewrites the README's input and output tables from action.yml, the one source of
// both (as actions/checkout generates its usage section). A test fails when the README differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

/** @typedef {{ description?: string, default?: string }} ActionField */

const TABLES = /** @type {const} */ (['inputs', 'outputs']);
const begin = (/** @type {string} */ name) => `<!-- ${name} from action.yml: npm run docs -->`;
const end = (/** @type {string} */ name) => `<!-- end of ${name} -->`;

// A description goes into a table cell: a pipe or a line break would end it.
const cell = (/** @type {string} */ text) =>
  text
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (/** @type {string} */ text) => `\`${text}\``;

/** The default as the README shows it: each line of a multi-line default (a list of globs) in code. */
function defaultCell(/** @type {string | undefined} */ value) {
  if (value === undefined || value === '') return 'none';
  return String(value).trim().split('\n').map(code).join(', ');
}

/** The Markdown table of one section of action.yml. */
export function table(/** @type {'inputs' | 'outputs'} */ section, /** @type {Record<string, ActionField>} */ fields) {
  const rows = Object.entries(fields ?? {}).map(([name, field]) =>
    section === 'inputs'
      ? `| ${code(name)} | ${defaultCell(field.default)} | ${cell(field.description ?? '')} |`
      : `| ${code(name)} | ${cell(field.description ?? '')} |`,
  );
  const header =
    section === 'inputs' ? ['| input | default | meaning |', '|---|---|---|'] : ['| output | value |', '|---|---|'];
  return [...header, ...rows].join('\n');
}

/** The README with each generated table replaced from action.yml, formatted as `npm run format` leaves it. */
export async function readmeFromAction(/** @type {string} */ readme, /** @type {string} */ actionYml) {
  const action = parse(actionYml);
  let text = readme;
  for (const section of TABLES) {
    const [from, to] = [text.indexOf(begin(section)), text.indexOf(end(section))];
    if (from < 0 || to < from) throw new Error(`README.md has no "${begin(section)}" … "${end(section)}" block`);
    text = `${text.slice(0, from)}${begin(section)}\n\n${table(section, action[section])}\n\n${text.slice(to)}`;
  }
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  return prettier.format(text, { ...options, filepath: 'README.md' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = await readmeFromAction(readme, readFileSync('action.yml', 'utf8'));
  if (updated !== readme) writeFileSync('README.md', updated);
  console.log(
    updated === readme ? 'README.md already matches action.yml' : 'README.md tables rewritten from action.yml',
  );
}
