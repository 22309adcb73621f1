import type { Parser } from 'web-tree-sitter';
import { findMutatingInstalls, withoutExpressions } from '../../src/audit/install-commands.js';
import { loadShellParser } from '../../src/audit/shell-parser.js';

let parser: Parser;
beforeAll(async () => {
  parser = await loadShellParser();
});

const scan = (script: string, inTemp = false) =>
  findMutatingInstalls(parser, script, inTemp).map((m) => `${script.slice(m.start, m.end)} → ${m.command}`);

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
    [
      'behind sudo and env assignments',
      'CI=1 sudo -E npm install left-pad',
      'npm install left-pad → npm install <pkg>',
    ],
    ['after && on one line', 'cd app && uv add rich', 'uv add rich → uv add'],
    // The neighbours of each shape the issue names: a real install in that shape is still found.
    ['inside $(…)', 'out=$(bun add is-odd)', 'bun add is-odd → bun add'],
    ['inside $(…) in a double-quoted string', 'echo "$(npm install q)"', 'npm install q → npm install <pkg>'],
    ['inside backticks', 'v=`yarn add left-pad`', 'yarn add left-pad → yarn add'],
    ['in a pipeline', 'npm install x 2>&1 | tee log', 'npm install x → npm install <pkg>'],
    ['after || ', 'false || pnpm add zod', 'pnpm add zod → pnpm add'],
    ['in an if body', 'if [ -f package.json ]; then\n  npm install x\nfi', 'npm install x → npm install <pkg>'],
    ['in a for loop', 'for p in a b; do yarn add "$p"; done', 'yarn add "$p" → yarn add'],
    ['in a subshell that did not leave', '(cd app && npm install x)', 'npm install x → npm install <pkg>'],
    [
      'after a subshell that went to a temp dir',
      '(cd "$RUNNER_TEMP" && npm install x)\nnpm install y',
      'npm install y → npm install <pkg>',
    ],
    ['after a heredoc', 'cat <<EOF > notes\nnpm install x\nEOF\nnpm install y', 'npm install y → npm install <pkg>'],
    [
      'pipenv with --python and a package',
      'pipenv install --python 3.12 requests',
      'pipenv install --python 3.12 requests → pipenv install <pkg>',
    ],
    [
      'pipenv importing a requirements file',
      'pipenv install -r requirements.txt',
      'pipenv install -r requirements.txt → pipenv install <pkg>',
    ],
    [
      'npm with a value option and a package',
      'npm install --prefix tools lodash',
      'npm install --prefix tools lodash → npm install <pkg>',
    ],
    ['npm --location=project', 'npm i --location=project pnpm', 'npm i --location=project pnpm → npm i <pkg>'],
    ['npm --save', 'npm install --save lodash', 'npm install --save lodash → npm install <pkg>'],
    ['yarn with --cwd before the subcommand', 'yarn --cwd web add react', 'yarn --cwd web add react → yarn add'],
    [
      'uv with --directory before the subcommand',
      'uv --directory py add httpx',
      'uv --directory py add httpx → uv add',
    ],
    [
      'after leaving the temp dir again',
      'cd "$RUNNER_TEMP"\nnpm init -y\ncd "$GITHUB_WORKSPACE"\nnpm install x',
      'npm install x → npm install <pkg>',
    ],
    ['a line continuation', 'uv add \\\n  requests', 'uv add \\\n  requests → uv add'],
  ])('flags %s', (_name, script, expected) => {
    expect(scan(script)).toEqual([expected]);
  });

  it.each([
    ['npm ci', 'npm ci'],
    ['npm install from the lockfile', 'npm install'],
    ['a global install', 'npm install -g yarn\npnpm add -g pnpm\nbun add --global x'],
    ['npm --location=global', 'npm i --location=global pnpm'],
    ['npm --location global', 'npm i --location global pnpm'],
    ['npm install --no-save', 'npm install --no-save left-pad'],
    ['pipenv install from the lockfile', 'pipenv install --deploy'],
    ['pipenv --python X (a value, not a package)', 'pipenv install --python 3.12'],
    ['pipenv --python ${{ … }}', 'pipenv install --dev --python ${{ matrix.python-version }}'],
    ['words inside ${{ }}', "pipenv install ${{ matrix.dev && '--dev' || '' }}"],
    ['uv sync and uv pip install', 'uv sync --locked\nuv pip install anyio\n./uv pip install -v anyio'],
    ['uv add --script (a script, not a manifest)', 'uv add --script tool.py rich'],
    ['yarn global add', 'yarn global add serve'],
    ['a heredoc body', 'cat <<EOF\nnpm install x\nEOF'],
    ['a heredoc body with <<- and a redirect', 'cat <<-EOF > f\n\tnpm install x\n\tEOF'],
    ['a quoted heredoc body', "cat > setup.sh <<'EOF'\nuv add requests\nEOF"],
    ['a throwaway project: uv init first', '# a demo project\n./uv init --python 3.11\n./uv add anyio'],
    ['a throwaway project in a temp dir', 'cd "$(mktemp -d)"\nnpm init -y\nnpm install lodash'],
    ['go mod init first', 'go mod init example.com/demo\ngo get rsc.io/quote'],
    ['a cd into RUNNER_TEMP', 'cd $RUNNER_TEMP/demo && cargo add serde'],
    ['a cd into runner.temp by expression', 'cd ${{ runner.temp }}\nnpm install x'],
    ['a subshell in a temp dir', '(cd "$RUNNER_TEMP" && npm install x)'],
    ['a shell comment', '# uv add requests would change the lock'],
    ['echoed text', 'echo "run uv add requests to add it"'],
    ['a single-quoted string', "bash -c 'npm install x'"],
    ['a tool chosen at run time', '$PM add react'],
  ])('does not flag %s', (_name, script) => {
    expect(scan(script)).toEqual([]);
  });

  it('does not flag anything when the step runs in a temp working directory', () => {
    expect(scan('uv add requests', true)).toEqual([]);
  });

  it('replaces each expression by a placeholder of the same length', () => {
    const script = "pipenv install --python ${{ matrix.v }} && echo '${{ x }}'";
    const replaced = withoutExpressions(script);
    expect(replaced).toHaveLength(script.length);
    expect(replaced).toBe(`pipenv install --python ${'_'.repeat(15)} && echo '${'_'.repeat(8)}'`);
  });
});
