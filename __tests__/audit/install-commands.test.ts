import { findMutatingInstalls } from '../../src/audit/install-commands.js';

const scan = (script: string, literal = true, inTemp = false) =>
  findMutatingInstalls(script, { start: 0, end: script.length }, literal, inTemp).map(
    (m) => `${script.slice(m.start, m.end)} → ${m.command}`,
  );

describe('findMutatingInstalls', () => {
  it.each([
    ['uv add', 'uv add requests', 'uv add requests → uv add'],
    ['poetry add', 'poetry add --group dev pytest', 'poetry add --group dev pytest → poetry add'],
    ['pipenv install <pkg>', 'pipenv install requests', 'pipenv install requests → pipenv install <pkg>'],
    ['pdm add', 'pdm add httpx', 'pdm add httpx → pdm add'],
    ['npm install <pkg>', 'npm install lodash', 'npm install lodash → npm install <pkg>'],
    ['npm i <pkg>', 'npm i -D typescript', 'npm i -D typescript → npm i <pkg>'],
    ['yarn add', 'yarn add react', 'yarn add react → yarn add'],
    ['pnpm add', 'pnpm add zod', 'pnpm add zod → pnpm add'],
    ['bun add', 'bun add hono', 'bun add hono → bun add'],
    ['cargo add', 'cargo add serde --features derive', 'cargo add serde --features derive → cargo add'],
    ['go get', 'go get github.com/pkg/errors@v0.9.1', 'go get github.com/pkg/errors@v0.9.1 → go get'],
    ['a path to the tool', './uv add anyio', './uv add anyio → uv add'],
    ['behind sudo and env assignments', 'CI=1 sudo npm install left-pad', 'npm install left-pad → npm install <pkg>'],
    ['after && on one line', 'cd app && uv add rich', 'uv add rich → uv add'],
  ])('flags %s', (_name, script, expected) => {
    expect(scan(script)).toEqual([expected]);
  });

  it.each([
    ['npm ci', 'npm ci'],
    ['npm install from the lockfile', 'npm install'],
    ['a global install', 'npm install -g yarn\npnpm add -g pnpm\nbun add --global x'],
    ['npm install --no-save', 'npm install --no-save left-pad'],
    ['pipenv install from the lockfile', 'pipenv install --deploy'],
    ['uv sync and uv pip install', 'uv sync --locked\nuv pip install anyio\n./uv pip install -v anyio'],
    ['uv add --script (a script, not a manifest)', 'uv add --script tool.py rich'],
    ['yarn global add', 'yarn global add serve'],
    ['a throwaway project: uv init first', '# a demo project\n./uv init --python 3.11\n./uv add anyio'],
    ['a throwaway project in a temp dir', 'cd "$(mktemp -d)"\nnpm init -y\nnpm install lodash'],
    ['a cd into RUNNER_TEMP', 'cd $RUNNER_TEMP/demo && cargo add serde'],
    ['a shell comment', '# uv add requests would change the lock'],
    ['echoed text', 'echo "run uv add requests to add it"'],
  ])('does not flag %s', (_name, script) => {
    expect(scan(script)).toEqual([]);
  });

  it('does not flag anything when the step runs in a temp working directory', () => {
    expect(scan('uv add requests', true, true)).toEqual([]);
  });

  it('treats line breaks as spaces in folded scalars, and follows backslash continuations', () => {
    expect(scan('npm install\n  lodash', false)).toEqual(['npm install\n  lodash → npm install <pkg>']);
    expect(scan('npm install\nlodash', true)).toEqual([]);
    expect(scan('uv add \\\n  requests', true)).toEqual(['uv add \\\n  requests → uv add']);
  });
});
