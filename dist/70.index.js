export const id = 70;
export const ids = [70,907];
export const modules = {

/***/ 2907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ auditInParallel),
  serveAuditShare: () => (/* binding */ serveAuditShare)
});

// UNUSED EXPORTS: auditPaths

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/audit/rules.ts + 1 modules
var rules = __webpack_require__(5853);
// EXTERNAL MODULE: ./src/audit/workflow.ts + 1 modules
var workflow = __webpack_require__(6346);
;// CONCATENATED MODULE: ./src/audit/audit.ts


/** Audits each file on its own: one that does not parse is one error, and the others are still read. */
function auditFiles(files, ctx) {
    return files.flatMap((file) => {
        const parsed = (0,workflow/* parseWorkflow */.hM)(file.path, file.text);
        if ('error' in parsed) {
            const { line, column, message } = parsed.error;
            return [
                {
                    check: 'workflow-parse',
                    severity: 'error',
                    file: file.path,
                    line,
                    column,
                    message: `${file.path}:${line}:${column}: not valid YAML: ${message}`,
                },
            ];
        }
        return (0,rules/* auditWorkflow */.J)(parsed.workflow, ctx);
    });
}

// EXTERNAL MODULE: ./src/audit/worker-role.ts
var worker_role = __webpack_require__(9954);
;// CONCATENATED MODULE: ./src/audit/parallel.ts





// Below this many files per thread, starting a worker (and loading the bundle again) costs more than it saves.
const MIN_FILES_PER_THREAD = 100;
const MAX_THREADS = 4;
/**
 * Audits the files, in contiguous shares across worker threads when there are enough of them:
 * parsing YAML is most of the time and each file stands alone. Findings come back in file order.
 * `entry` is the bundle to start the workers from.
 */
async function auditInParallel(paths, ctx, entry) {
    const threads = Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS, Math.floor(paths.length / MIN_FILES_PER_THREAD));
    if (threads < 2)
        return auditPaths(paths, ctx);
    const size = Math.ceil(paths.length / threads);
    const shares = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size));
    const [own, ...others] = shares;
    const pending = others.map((share) => inWorker(entry, { role: worker_role/* AUDIT_WORKER */.H, paths: share, ctx }));
    const mine = auditPaths(own, ctx);
    return [...mine, ...(await Promise.all(pending)).flat()];
}
function auditPaths(paths, ctx) {
    return auditFiles(paths.map((path) => ({ path, text: (0,external_node_fs_.readFileSync)(path, 'utf8') })), ctx);
}
/** The worker's side: audit the share it was given and send the findings back. */
function serveAuditShare(share) {
    external_node_worker_threads_.parentPort.postMessage(auditPaths(share.paths, share.ctx));
}
function inWorker(entry, share) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(entry, { workerData: share });
        worker.once('message', (findings) => resolve(findings));
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`an audit worker thread stopped with exit code ${code}`));
        });
    });
}


/***/ }),

/***/ 5853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ AUDIT_RULES),
  J: () => (/* binding */ auditWorkflow)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/validate/secret-name.ts
var secret_name = __webpack_require__(6218);
// EXTERNAL MODULE: ./src/util/brackets.ts
var brackets = __webpack_require__(6987);
;// CONCATENATED MODULE: ./src/audit/install-commands.ts

const PYTHON_TOOL = 'pip install <pkg> or a pinned requirements file for a one-off tool';
/** Per tool: the subcommand that edits the manifest, and what to run in CI instead. */
const MUTATORS = [
    { tool: 'uv', sub: ['add'], instead: `uv sync --locked (add the dependency in the repository), or ${PYTHON_TOOL}` },
    {
        tool: 'poetry',
        sub: ['add'],
        instead: `poetry install (or poetry sync) from the committed poetry.lock, or ${PYTHON_TOOL}`,
    },
    {
        tool: 'pipenv',
        sub: ['install'],
        needsPackage: true,
        instead: 'pipenv install --deploy (or pipenv sync) from the committed Pipfile.lock',
    },
    { tool: 'pdm', sub: ['add'], instead: 'pdm install --frozen-lockfile (or pdm sync) from the committed pdm.lock' },
    {
        tool: 'npm',
        sub: ['install', 'i', 'add', 'in', 'isntall'],
        needsPackage: true,
        global: ['-g', '--global', '--no-save'],
        instead: 'npm ci (add the package to package.json in the repository)',
    },
    {
        tool: 'yarn',
        sub: ['add'],
        instead: 'yarn install --immutable (Yarn 2+) or yarn install --frozen-lockfile (Yarn 1)',
    },
    { tool: 'pnpm', sub: ['add'], global: ['-g', '--global'], instead: 'pnpm install --frozen-lockfile' },
    { tool: 'bun', sub: ['add'], global: ['-g', '--global'], instead: 'bun install --frozen-lockfile' },
    {
        tool: 'cargo',
        sub: ['add'],
        instead: 'add the dependency to Cargo.toml in the repository and build with --locked',
    },
    {
        tool: 'go',
        sub: ['get'],
        instead: 'go mod download with go.mod and go.sum committed, or go install <pkg>@<version> for a tool',
    },
];
const MUTATING_SUBCOMMAND = new RegExp(`\\b(${[...new Set(MUTATORS.flatMap((m) => m.sub))].join('|')})\\b`);
/** Commands that start a throwaway project: an add after them edits that project, not the repository's. */
const PROJECT_INIT = {
    uv: ['init'],
    poetry: ['new', 'init'],
    pdm: ['init'],
    npm: ['init', 'create'],
    yarn: ['init', 'create'],
    pnpm: ['init', 'create'],
    bun: ['init', 'create'],
    cargo: ['new', 'init'],
    go: ['mod'],
};
// Wrappers that run the next word as the command.
const WRAPPERS = new Set(['sudo', 'time', 'env', 'command', 'exec', 'nice', 'then', 'do', 'else', '!']);
/** A directory that lives only for the job: a project made there is thrown away. */
const TEMP_DIR = /mktemp|\/tmp\b|RUNNER_TEMP|runner\.temp|TMPDIR/;
/**
 * Scans a script (text[region]) command by command. In a literal block a line break ends a
 * command; in folded and plain scalars line breaks are spaces. A `\` at a line end continues it.
 */
function findMutatingInstalls(text, region, lineBreaksSeparate, startsInTempDir = false) {
    const found = [];
    // Word-splitting every script is the costly part; most never name a subcommand that edits a manifest.
    if (!MUTATING_SUBCOMMAND.test(text.slice(region.start, region.end)))
        return found;
    let throwaway = startsInTempDir;
    for (const command of splitCommands(text, region, lineBreaksSeparate)) {
        const words = stripWrappers(command);
        if (words.length < 2)
            continue;
        // `./uv`, `.\uv.exe` and `/usr/local/bin/uv` are all uv.
        const tool = words[0].text
            .split(/[/\\]/)
            .pop()
            .replace(/\.exe$/i, '');
        const sub = words[1].text;
        if (tool === 'cd' &&
            TEMP_DIR.test(words
                .slice(1)
                .map((w) => w.text)
                .join(' ')))
            throwaway = true;
        if (PROJECT_INIT[tool]?.includes(sub) && (tool !== 'go' || words[2]?.text === 'init'))
            throwaway = true;
        if (throwaway)
            continue;
        const mutator = MUTATORS.find((m) => m.tool === tool && m.sub.includes(sub));
        if (!mutator)
            continue;
        const args = words.slice(2).map((w) => w.text);
        if (mutator.global && args.some((a) => mutator.global.includes(a)))
            continue;
        if (mutator.needsPackage && !args.some((a) => !a.startsWith('-')))
            continue;
        if (tool === 'uv' && args.includes('--script'))
            continue;
        found.push({
            start: words[0].start,
            end: command[command.length - 1].end,
            command: `${tool} ${sub}${mutator.needsPackage ? ' <pkg>' : ''}`,
            instead: mutator.instead,
        });
    }
    return found;
}
function stripWrappers(words) {
    let i = 0;
    while (i < words.length && (WRAPPERS.has(words[i].text) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].text)))
        i++;
    return words.slice(i);
}
/** Shell-ish words grouped into commands, with their offsets; quotes keep a word whole. */
function splitCommands(text, region, lineBreaksSeparate) {
    const commands = [];
    let current = [];
    const endCommand = () => {
        if (current.length)
            commands.push(current);
        current = [];
    };
    let i = region.start;
    while (i < region.end) {
        const ch = text[i];
        if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
            i += text[i + 1] === '\r' ? 3 : 2;
        }
        else if (ch === '\n') {
            if (lineBreaksSeparate)
                endCommand();
            i++;
        }
        else if (ch === '#' && (i === region.start || isSpace(text[i - 1]))) {
            // A shell comment runs to the end of the line.
            while (i < region.end && text[i] !== '\n')
                i++;
        }
        else if (SEPARATORS.has(ch)) {
            endCommand();
            i++;
        }
        else if (isSpace(ch)) {
            i++;
        }
        else {
            const start = i;
            while (i < region.end && !isSpace(text[i]) && !SEPARATORS.has(text[i])) {
                if (text[i] === '"' || text[i] === "'") {
                    const close = text.indexOf(text[i], i + 1);
                    i = close === -1 || close >= region.end ? region.end : close + 1;
                }
                else if (text[i] === '$' && text[i + 1] === '(') {
                    // `$(mktemp -d)` stays one word.
                    i = (0,brackets/* pastClosing */.c)(text, i + 1, region.end);
                }
                else {
                    i++;
                }
            }
            current.push({ start, end: i, text: text.slice(start, i).replace(/^["']|["']$/g, '') });
        }
    }
    endCommand();
    return commands;
}
const SEPARATORS = new Set([';', '|', '&', '(', ')', '`']);
const isSpace = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

// EXTERNAL MODULE: ./src/audit/workflow.ts + 1 modules
var audit_workflow = __webpack_require__(6346);
;// CONCATENATED MODULE: ./src/audit/rules.ts




/** The rules of mode audit, each a SARIF rule: id, level, a one-line description and help. */
const AUDIT_RULES = {
    'legacy-secret': {
        level: 'error',
        description: 'Reference to a removed (legacy) secret name',
        help: 'The secret was removed; a reference to it resolves to an empty string. Use the replacement the message names, or delete the reference.',
    },
    'sync-wiring': {
        level: 'error',
        description: 'lambda-h200-sync step that does not receive every required secret',
        help: "A sync or plan step needs every required secret, through the step's env (NAME: ${{ secrets.NAME }}) or the secrets input (${{ toJSON(secrets) }}).",
    },
    'ci-mutating-install': {
        level: 'warning',
        description: 'CI step that changes a manifest or lockfile instead of installing from it',
        help: 'Commands such as uv add or npm install <pkg> rewrite pyproject.toml, package.json or their lockfiles in CI, so CI no longer builds what the repository pins. Install from the committed lockfile instead.',
    },
    'secret-name': {
        level: 'error',
        description: 'Reference to a secret name GitHub cannot store',
        help: 'GitHub secret names hold only letters, digits and underscores, do not start with a digit, and do not start with GITHUB_. Such a reference always resolves to an empty string.',
    },
    'unresolvable-secrets': {
        level: 'note',
        description: 'Secrets chosen at run time',
        help: 'toJSON(secrets), secrets[<expression>] and secrets: inherit cannot be resolved statically, so the audit cannot tell which secrets they use.',
    },
    'workflow-parse': {
        level: 'error',
        description: 'Workflow file that is not valid YAML',
        help: 'GitHub cannot run a workflow file that does not parse.',
    },
};
const THIS_ACTION = /^[^/\s]+\/lambda-h200-sync(\/[^@\s]*)?@\S+$/i;
const ALL_SECRETS = /toJSON\s*\(\s*secrets\s*\)/i;
function auditWorkflow(workflow, ctx) {
    const finding = (check, at, message, secret) => ({
        check,
        severity: AUDIT_RULES[check].level === 'note' ? 'notice' : AUDIT_RULES[check].level,
        file: workflow.file,
        line: at.line,
        column: at.column,
        ...(at.endLine === at.line ? { endColumn: at.endColumn } : {}),
        ...(secret ? { secret } : {}),
        message,
    });
    const steps = (0,audit_workflow/* workflowSteps */.Br)(workflow);
    return [
        ...(0,audit_workflow/* secretReferences */.Li)(workflow).flatMap((ref) => referenceFindings(ref, ctx, finding)),
        ...steps.flatMap((step) => syncWiring(workflow, step, ctx, finding)),
        ...steps.flatMap((step) => mutatingInstalls(workflow, step, finding)),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
}
function referenceFindings(ref, ctx, finding) {
    switch (ref.kind) {
        case 'whole-context':
            return [
                finding('unresolvable-secrets', ref, 'The whole secrets context is used here (as in toJSON(secrets)): which secrets it needs cannot be resolved statically.'),
            ];
        case 'dynamic':
            return [
                finding('unresolvable-secrets', ref, 'secrets[<expression>] picks the secret at run time: which one cannot be resolved statically.'),
            ];
        case 'inherit':
            return [
                finding('unresolvable-secrets', ref, 'secrets: inherit passes every secret to the called workflow: which ones it uses cannot be resolved statically.'),
            ];
        case 'name': {
            const name = ref.name;
            const upper = name.toUpperCase();
            if (upper in ctx.legacy) {
                const replacement = ctx.legacy[upper];
                return [
                    finding('legacy-secret', ref, replacement
                        ? `secrets.${name} is a legacy secret, replaced by ${replacement}: reference secrets.${replacement} instead.`
                        : `secrets.${name} is a legacy secret that was removed and has no replacement: delete this reference.`, upper),
                ];
            }
            const problem = upper === 'GITHUB_TOKEN' ? undefined : (0,secret_name/* secretNameProblem */.n)(name);
            return problem
                ? [finding('secret-name', ref, `secrets.${name} can never be set: a GitHub secret name ${problem}.`, name)]
                : [];
        }
    }
}
function syncWiring(workflow, step, ctx, finding) {
    const uses = typeof step.uses?.value === 'string' ? step.uses.value.trim() : undefined;
    if (!uses || !(THIS_ACTION.test(uses) || (ctx.usesSelf && /^\.\/?$/.test(uses))))
        return [];
    const mode = String(step.with.mode ?? 'sync');
    if (mode !== 'sync' && mode !== 'plan')
        return [];
    const secretsInput = typeof step.with.secrets === 'string' ? step.with.secrets : '';
    if (ALL_SECRETS.test(secretsInput))
        return [];
    const fromInput = new Set([...secretsInput.matchAll(/["']([A-Za-z_][A-Za-z0-9_]*)["']\s*:/g)].map((m) => m[1].toUpperCase()));
    const profile = typeof step.with.profile === 'string' ? step.with.profile : 'lambda-h200';
    const missing = (profile === 'none' ? ctx.requiredWithoutProfile : ctx.required).filter((name) => !step.envKeys.has(name) && !fromInput.has(name.toUpperCase()));
    if (!missing.length)
        return [];
    const where = `Step ${step.name ? `"${step.name}"` : step.index + 1} of job ${step.job}`;
    return [
        finding('sync-wiring', (0,audit_workflow/* positionOf */.df)(workflow, { start: step.uses.range[0], end: step.uses.range[1] }), `${where} runs lambda-h200-sync in ${mode} mode but does not hand it ${missing.join(', ')}: add ${missing.length === 1 ? 'it' : 'them'} to the step's env: (NAME: \${{ secrets.NAME }}) or pass secrets: \${{ toJSON(secrets) }}.`),
    ];
}
function mutatingInstalls(workflow, step, finding) {
    const run = step.run;
    if (!run || !(0,dist/* isScalar */.jn)(run) || typeof run.value !== 'string' || !run.range)
        return [];
    const inTemp = TEMP_DIR.test(step.workingDirectory ?? '');
    return findMutatingInstalls(workflow.text, (0,audit_workflow/* contentSpan */.U8)(workflow.text, run), run.type === 'BLOCK_LITERAL', inTemp).map((install) => finding('ci-mutating-install', (0,audit_workflow/* positionOf */.df)(workflow, install), `${install.command} changes the project's manifest or lockfile in CI instead of installing from it; use ${install.instead}.`));
}


/***/ }),

/***/ 6346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U8: () => (/* binding */ contentSpan),
  hM: () => (/* binding */ parseWorkflow),
  df: () => (/* binding */ positionOf),
  Li: () => (/* binding */ secretReferences),
  Br: () => (/* binding */ workflowSteps)
});

// UNUSED EXPORTS: scalarSecretRefs

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/brackets.ts
var brackets = __webpack_require__(6987);
;// CONCATENATED MODULE: ./src/audit/expression-scan.ts

/** Bodies of `${{ … }}` in text[from, to), skipping `}}` inside string literals. */
function findExpressionSpans(text, from, to, quote) {
    const spans = [];
    let at = text.indexOf('${{', from);
    while (at !== -1 && at < to) {
        const start = at + 3;
        const end = closingBraces(text, start, to, quote);
        if (end === -1)
            break;
        spans.push({ start, end });
        at = text.indexOf('${{', end + 2);
    }
    return spans;
}
function closingBraces(text, from, to, quote) {
    for (let i = from; i < to; i++) {
        if (text.startsWith(quote, i)) {
            i = endOfString(text, i, to, quote) - 1;
        }
        else if (text[i] === '}' && text[i + 1] === '}') {
            return i;
        }
    }
    return -1;
}
/** Offset just past a string literal starting at `start` (GitHub escapes a quote by doubling it). */
function endOfString(text, start, to, quote) {
    const escaped = quote + quote;
    for (let i = start + quote.length; i < to;) {
        if (text.startsWith(escaped, i))
            i += escaped.length;
        else if (text.startsWith(quote, i))
            return i + quote.length;
        else
            i++;
    }
    return to;
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
/**
 * References to the `secrets` context inside one expression body: `secrets.NAME`, `secrets['NAME']`
 * (a name), `secrets[expr]` (dynamic), and `secrets` used whole, as in `toJSON(secrets)`. Context
 * names are case-insensitive; `x.secrets` is a property of something else; string literals are text.
 */
function findSecretRefs(text, span, quote) {
    const refs = [];
    // Most expressions never name the context; the scan below is only for those that might.
    if (!text.slice(span.start, span.end).toLowerCase().includes('secrets'))
        return refs;
    for (let i = span.start; i < span.end;) {
        if (text.startsWith(quote, i)) {
            i = endOfString(text, i, span.end, quote);
            continue;
        }
        if (!IDENT_START.test(text[i])) {
            i++;
            continue;
        }
        let end = i + 1;
        while (end < span.end && IDENT_PART.test(text[end]))
            end++;
        const isContext = text.slice(i, end).toLowerCase() === 'secrets' && previousNonSpace(text, i, span.start) !== '.';
        if (isContext) {
            const ref = secretAccess(text, i, end, span.end, quote);
            refs.push(ref);
            end = Math.max(end, ref.end);
        }
        i = end;
    }
    return refs;
}
function secretAccess(text, start, identEnd, limit, quote) {
    const next = skipSpaces(text, identEnd, limit);
    if (text[next] === '.') {
        const nameStart = skipSpaces(text, next + 1, limit);
        let nameEnd = nameStart;
        while (nameEnd < limit && IDENT_PART.test(text[nameEnd]))
            nameEnd++;
        if (nameEnd > nameStart)
            return { kind: 'name', name: text.slice(nameStart, nameEnd), start, end: nameEnd };
    }
    if (text[next] === '[') {
        const inner = skipSpaces(text, next + 1, limit);
        if (text.startsWith(quote, inner)) {
            const stringEnd = endOfString(text, inner, limit, quote);
            const close = skipSpaces(text, stringEnd, limit);
            if (text[close] === ']') {
                const name = text
                    .slice(inner + quote.length, stringEnd - quote.length)
                    .split(quote + quote)
                    .join("'");
                return { kind: 'name', name, start, end: close + 1 };
            }
        }
        return { kind: 'dynamic', start, end: (0,brackets/* pastClosing */.c)(text, next, limit) };
    }
    return { kind: 'whole-context', start, end: identEnd };
}
function skipSpaces(text, from, limit) {
    let i = from;
    while (i < limit && /\s/.test(text[i]))
        i++;
    return i;
}
function previousNonSpace(text, before, floor) {
    for (let i = before - 1; i >= floor; i--)
        if (!/\s/.test(text[i]))
            return text[i];
    return undefined;
}

;// CONCATENATED MODULE: ./src/audit/workflow.ts


function parseWorkflow(file, text) {
    const lines = new dist/* LineCounter */.HN();
    // Failsafe: every scalar stays a string (the audit reads text, not types), and resolving tags costs time on big trees.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, schema: 'failsafe' });
    const [error] = doc.errors;
    if (error) {
        const { line, col } = lines.linePos(error.pos[0]);
        return { error: { message: error.message.split('\n')[0], line, column: col } };
    }
    return { workflow: { file, text, doc, lines } };
}
function positionOf(workflow, span) {
    const start = workflow.lines.linePos(span.start);
    const end = workflow.lines.linePos(span.end);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
/** Every reference to the secrets context in the file, in order, at its true position. */
function secretReferences(workflow) {
    const found = [];
    const visit = (node, key) => {
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const childKey = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
                if (childKey === 'secrets' && (0,dist/* isScalar */.jn)(pair.value) && pair.value.value === 'inherit' && pair.value.range) {
                    found.push({
                        kind: 'inherit',
                        ...positionOf(workflow, { start: pair.key.range[0], end: pair.value.range[1] }),
                    });
                    continue;
                }
                visit(pair.value, childKey);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                visit(item, undefined);
        }
        else if ((0,dist/* isScalar */.jn)(node)) {
            for (const ref of scalarSecretRefs(workflow.text, node, key === 'if')) {
                found.push({ kind: ref.kind, ...(ref.name ? { name: ref.name } : {}), ...positionOf(workflow, ref) });
            }
        }
    };
    visit(workflow.doc.contents, undefined);
    return found;
}
/** Secret references in one scalar; an `if:` value is an expression even without `${{ }}`. */
function scalarSecretRefs(text, node, isCondition) {
    if (!node.range || typeof node.value !== 'string')
        return [];
    const quote = node.type === 'QUOTE_SINGLE' ? "''" : "'";
    const [start, end] = node.range;
    const spans = findExpressionSpans(text, start, end, quote);
    if (isCondition && spans.length === 0)
        spans.push(contentSpan(text, node));
    return spans.flatMap((span) => findSecretRefs(text, span, quote));
}
/** The scalar's content in the raw text: without quotes, or after a block scalar's header line. */
function contentSpan(text, node) {
    const [start, end] = node.range;
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        return { start: start + 1, end: end - 1 };
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        const newline = text.indexOf('\n', start);
        return { start: newline === -1 ? end : newline + 1, end };
    }
    return { start, end };
}
function workflowSteps(workflow) {
    const root = workflow.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return [];
    const workflowEnv = mapKeys(root.get('env', true));
    const jobs = root.get('jobs', true);
    if (!(0,dist/* isMap */.jh)(jobs))
        return [];
    return jobs.items.flatMap((jobPair) => {
        const job = jobPair.value;
        if (!(0,dist/* isMap */.jh)(job))
            return [];
        const jobEnv = mapKeys(job.get('env', true));
        const steps = job.get('steps', true);
        if (!(0,dist/* isSeq */.oP)(steps))
            return [];
        return steps.items.flatMap((step, index) => {
            if (!(0,dist/* isMap */.jh)(step))
                return [];
            const uses = step.get('uses', true);
            const run = step.get('run', true);
            const withNode = step.get('with', true);
            const name = step.get('name');
            const workingDirectory = step.get('working-directory');
            return [
                {
                    job: String((0,dist/* isScalar */.jn)(jobPair.key) ? jobPair.key.value : ''),
                    index,
                    ...(typeof name === 'string' ? { name } : {}),
                    ...((0,dist/* isScalar */.jn)(uses) ? { uses } : {}),
                    ...((0,dist/* isScalar */.jn)(run) ? { run } : {}),
                    with: (0,dist/* isMap */.jh)(withNode) ? withNode.toJSON() : {},
                    envKeys: new Set([...workflowEnv, ...jobEnv, ...mapKeys(step.get('env', true))]),
                    ...(typeof workingDirectory === 'string' ? { workingDirectory } : {}),
                },
            ];
        });
    });
}
function mapKeys(node) {
    return (0,dist/* isMap */.jh)(node) ? node.items.flatMap((pair) => ((0,dist/* isScalar */.jn)(pair.key) ? [String(pair.key.value)] : [])) : [];
}


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  audit: () => (/* binding */ audit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/audit/parallel.ts + 1 modules
var parallel = __webpack_require__(2907);
;// CONCATENATED MODULE: ./src/audit/glob.ts


/**
 * Files under `root` matching any of the globs (`*` and `?` within a path segment, `**` across
 * segments, `[abc]` classes), as sorted repo-relative paths with forward slashes. A leading `!`
 * excludes. Walks only below each pattern's literal prefix, so `.github/workflows/*.yml` reads
 * one directory.
 */
function expandGlobs(patterns, root) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
    const found = new Set();
    for (const pattern of include) {
        const matcher = globToRegExp(pattern);
        const segments = pattern.replace(/^\.\//, '').split('/');
        const firstGlob = segments.findIndex((s) => /[*?[]/.test(s));
        const literalCount = firstGlob === -1 ? segments.length - 1 : firstGlob;
        const depth = pattern.includes('**') ? Infinity : segments.length - literalCount;
        for (const file of walk(root, segments.slice(0, literalCount).join('/'), depth)) {
            if (matcher.test(file) && !exclude.some((e) => e.test(file)))
                found.add(file);
        }
    }
    return [...found].sort();
}
function* walk(root, dir, depth) {
    if (depth <= 0)
        return;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isFile())
            yield path;
        else if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git')
            yield* walk(root, path, depth - 1);
    }
}
function globToRegExp(glob) {
    let source = '';
    const text = glob.replace(/^\.\//, '');
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '*' && text[i + 1] === '*') {
            source += text[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += text[i + 2] === '/' ? 2 : 1;
        }
        else if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '[') {
            const close = text.indexOf(']', i);
            source += close === -1 ? '\\[' : `[${text.slice(i + 1, close).replace(/^!/, '^')}]`;
            if (close !== -1)
                i = close;
        }
        else
            source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}

// EXTERNAL MODULE: ./src/profile/load.ts + 4 modules
var load = __webpack_require__(3858);
// EXTERNAL MODULE: ./src/profile/resolve.ts
var resolve = __webpack_require__(6509);
// EXTERNAL MODULE: ./src/audit/rules.ts + 1 modules
var rules = __webpack_require__(5853);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const RULE_IDS = Object.keys(rules/* AUDIT_RULES */.y);
/** SARIF 2.1.0 for github/codeql-action/upload-sarif: the audit rules, and one result per finding in a file. */
function sarifLog(findings) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'lambda-h200-sync',
                        version: version/* ACTION_VERSION */.Y,
                        informationUri: 'https://github.com/lynn-sophia/lambda-h200-sync',
                        rules: RULE_IDS.map((id) => ({
                            id,
                            name: id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: rules/* AUDIT_RULES */.y[id].description },
                            fullDescription: { text: rules/* AUDIT_RULES */.y[id].help },
                            help: { text: rules/* AUDIT_RULES */.y[id].help, markdown: rules/* AUDIT_RULES */.y[id].help },
                            defaultConfiguration: { level: rules/* AUDIT_RULES */.y[id].level },
                        })),
                    },
                },
                results: findings
                    .filter((f) => f.file && RULE_IDS.includes(f.check))
                    .map((f) => ({
                    ruleId: f.check,
                    ruleIndex: RULE_IDS.indexOf(f.check),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: f.line ?? 1,
                                    startColumn: f.column ?? 1,
                                    ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                                },
                            },
                        },
                    ],
                })),
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/modes/audit.ts







/**
 * Mode audit: reads workflow files and the config file, never secrets or ESC (safe on fork pull
 * requests). A file that does not parse is one error; the others are still audited.
 */
async function audit(settings, configSource, report, bundle) {
    const { profile, config, findings: configFindings } = (0,load/* loadProfile */.i)(settings.profile, configSource);
    const required = (entries) => entries.filter((e) => e.required).map((e) => e.secret);
    const files = expandGlobs(settings.workflows, process.cwd());
    const findings = await (0,parallel/* auditInParallel */.K)(files, {
        legacy: Object.fromEntries(Object.entries(profile.legacy).map(([name, replacement]) => [name.toUpperCase(), replacement])),
        required: required(profile.entries),
        // A step with profile: none needs only what the config file adds.
        requiredWithoutProfile: required((0,resolve/* resolveProfile */.m)('none', config).profile.entries),
        usesSelf: readsAsThisAction('action.yml'),
    }, bundle);
    const all = [...configFindings, ...findings];
    report.audited = files;
    report.outcomes = outcomes(files, all);
    if (!files.length)
        report.notices.push(`No workflow files matched ${settings.workflows.join(', ')}; nothing was audited.`);
    if (settings.sarifFile) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(settings.sarifFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(settings.sarifFile, `${JSON.stringify(sarifLog(all), null, 2)}\n`);
        report.notes.push(`SARIF written to ${settings.sarifFile}.`);
    }
}
/** Each finding is a failed check; each file without one is a passed check. */
function outcomes(files, findings) {
    const flagged = new Set(findings.filter((f) => f.severity !== 'notice').map((f) => f.file));
    return [
        ...findings.map((finding) => ({ check: finding.check, subject: finding.file, finding })),
        ...files.filter((file) => !flagged.has(file)).map((file) => ({ check: 'workflow', subject: file })),
    ];
}
/** Whether the audited repository is this action, so `uses: ./` runs it. */
function readsAsThisAction(path) {
    try {
        return /^name:\s*['"]?lambda-h200-sync['"]?\s*$/m.test((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ loadProfile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/util/closest.ts
/** The candidate nearest to `word` (case-insensitive edit distance), when it is near enough to be a likely typo. */
function closest(word, candidates) {
    const target = word.toLowerCase();
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(target, candidate.toLowerCase());
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    return best && best.distance <= Math.max(2, Math.floor(target.length / 3)) ? best.candidate : undefined;
}
/** Levenshtein distance, one row at a time. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/profile/lambda-h200.ts
var lambda_h200 = __webpack_require__(6117);
;// CONCATENATED MODULE: ./src/validate/rule-names.ts
/** Names a config entry's `rule` may take; each is defined in src/validate/rules.ts. */
const RULE_NAMES = [
    'api-key',
    'ssh-key-name',
    'ssh-private-key',
    'region',
    'instance-type',
    'cluster-size',
    'positive-integer',
    'non-empty',
    'absolute-path',
    'any',
];

;// CONCATENATED MODULE: ./src/config/schema.ts



/** A path relative to `values`: dot-separated keys, as `esc env set` takes them. */
const ESC_PATH = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const entrySchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP()
        .regex(ESC_PATH, 'must be a dot-separated path of keys under values, such as lambdaLabs.apiKey')
        .optional(),
    secret: schemas/* string */.YjP().optional(),
    required: schemas/* boolean */.zMY().optional(),
    expected: schemas/* string */.YjP().nullable().optional(),
    rule: schemas/* enum */.k5n(RULE_NAMES).optional(),
    env: schemas/* string */.YjP()
        .regex(ENV_NAME, 'must be an environment variable name: letters, digits and _, not starting with a digit')
        .optional(),
});
const configSchema = schemas/* strictObject */.rej({
    environment: schemas/* string */.YjP().optional(),
    profile: schemas/* enum */.k5n(lambda_h200/* PROFILE_NAMES */.J).optional(),
    // An entry given as `NAME:` with nothing under it keeps the profile's entry as it is.
    secrets: schemas/* record */.g1P(schemas/* string */.YjP(), entrySchema.nullable()).optional(),
    legacy: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().nullable()).optional(),
});
/** Keys each level allows, for "did you mean". */
const TOP_LEVEL_KEYS = Object.keys(configSchema.shape);
const ENTRY_KEYS = Object.keys(entrySchema.shape);

;// CONCATENATED MODULE: ./src/config/parse.ts



/** Parses and validates the config file strictly; every problem becomes a finding at its position. */
function parseConfig(source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source.text, { lineCounter, prettyErrors: false });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const locate = (path) => at(keyOffset(doc, path));
    const finding = (position, message) => ({
        check: 'config',
        severity: 'error',
        file: source.file,
        ...position,
        message: `${source.file}:${position.line}:${position.column}: ${message}`,
    });
    if (doc.errors.length) {
        return {
            findings: doc.errors.map((e) => finding(at(e.pos[0]), `not valid YAML: ${e.message.split('\n')[0]}`)),
            locate,
        };
    }
    const data = doc.toJS() ?? {};
    const result = configSchema.safeParse(data);
    if (result.success)
        return { config: result.data, findings: [], locate };
    const findings = result.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => finding(locate([...issue.path.map(String), key]), unknownKeyMessage(issue.path, key)));
        }
        return [
            finding(at(valueOffset(doc, issue.path)), `${formatPath(issue.path)} ${issueMessage(issue, valueAt(data, issue.path))}`),
        ];
    });
    return { findings, locate };
}
function unknownKeyMessage(parent, key) {
    const allowed = parent.length === 0 ? TOP_LEVEL_KEYS : parent.length === 2 && parent[0] === 'secrets' ? ENTRY_KEYS : [];
    const guess = closest(key, allowed);
    const where = parent.length ? ` in ${formatPath(parent)}` : '';
    return `unknown key "${key}"${where}${guess ? `; did you mean "${guess}"?` : allowed.length ? `; allowed: ${allowed.join(', ')}` : ''}`;
}
function issueMessage(issue, received) {
    switch (issue.code) {
        case 'invalid_type': {
            const hint = issue.expected === 'string' && (typeof received === 'number' || typeof received === 'boolean')
                ? ` (write it in quotes: "${String(received)}")`
                : '';
            return `must be ${article(issue.expected)}${hint}; it is ${describe(received)}`;
        }
        case 'invalid_value': {
            const guess = typeof received === 'string' ? closest(received, issue.values.map(String)) : undefined;
            return `must be one of ${issue.values.join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`;
        }
        default:
            return issue.message;
    }
}
const article = (type) => ({ object: 'a mapping', record: 'a mapping', array: 'a list', boolean: 'true or false' })[type] ?? `a ${type}`;
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'empty (null)';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}
const formatPath = (path) => path.length ? path.map(String).join('.') : 'the config file';
function valueAt(data, path) {
    return path.reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), data);
}
/** Offset of the node at `path`, or of its nearest existing ancestor. */
function valueOffset(doc, path) {
    for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (node?.range)
            return node.range[0];
    }
    return 0;
}
/** Offset of the key at the end of `path` (where an unknown key is written), else of its value. */
function keyOffset(doc, path) {
    const parent = doc.getIn(path.slice(0, -1), true);
    const pair = (0,dist/* isMap */.jh)(parent) ? parent.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === path.at(-1)) : undefined;
    const key = pair?.key;
    return key?.range ? key.range[0] : valueOffset(doc, path);
}

// EXTERNAL MODULE: ./src/profile/resolve.ts
var resolve = __webpack_require__(6509);
;// CONCATENATED MODULE: ./src/profile/load.ts


/** The profile a run works with: the built-in one named by the input or the config file, with the config's entries. */
function loadProfile(profileInput, source) {
    const config = source ? { ...parseConfig(source), file: source.file } : undefined;
    const { profile, findings } = (0,resolve/* resolveProfile */.m)(profileInput, config);
    return { profile, ...(config ? { config } : {}), findings: [...(config?.findings ?? []), ...findings] };
}


/***/ }),

/***/ 6509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ resolveProfile)
/* harmony export */ });
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5630);
/* harmony import */ var _validate_secret_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6218);
/* harmony import */ var _lambda_h200_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6117);



/**
 * The built-in profile named by the input (or, when the input is left at its default, by the
 * config file), with the config file's entries added or overriding, and its legacy names added.
 */
function resolveProfile(profileInput, parsed) {
    const config = parsed?.config;
    const name = profileInput === 'lambda-h200' && config?.profile ? config.profile : profileInput;
    const base = (0,_lambda_h200_js__WEBPACK_IMPORTED_MODULE_0__/* .builtinProfile */ .Js)(name);
    const entries = base.entries.map((e) => ({ ...e }));
    const findings = [];
    const report = (check, at, secret, message) => {
        const position = parsed.locate(at);
        findings.push({
            check,
            severity: 'error',
            file: parsed.file,
            ...position,
            secret,
            message: `${parsed.file}:${position.line}:${position.column}: ${message}`,
        });
    };
    const problem = (key, field, message) => report('config', field ? ['secrets', key, field] : ['secrets', key], key, message);
    // Names the config file brings must be names GitHub can store, or the sync could never be fed.
    for (const [key, override] of Object.entries(config?.secrets ?? {})) {
        for (const [name, at] of [
            [key, ['secrets', key]],
            [override?.secret, ['secrets', key, 'secret']],
        ]) {
            const why = name === undefined ? undefined : (0,_validate_secret_name_js__WEBPACK_IMPORTED_MODULE_1__/* .secretNameProblem */ .n)(name);
            if (why)
                report('secret-name', [...at], key, `secret name "${name}" ${why}`);
        }
    }
    for (const [name, replacement] of Object.entries(config?.legacy ?? {})) {
        for (const [checked, at] of [
            [name, ['legacy', name]],
            [replacement, ['legacy', name]],
        ]) {
            const why = checked === null ? undefined : (0,_validate_secret_name_js__WEBPACK_IMPORTED_MODULE_1__/* .secretNameProblem */ .n)(checked);
            if (why)
                report('secret-name', [...at], name, `secret name "${checked}" ${why}`);
        }
    }
    for (const [key, override] of Object.entries(config?.secrets ?? {})) {
        const existing = entries.find((e) => e.secret.toUpperCase() === key.toUpperCase());
        if (existing) {
            applyOverride(existing, override ?? {});
        }
        else if (!override?.path) {
            problem(key, undefined, `secrets.${key} is not in the ${base.name} profile, so it needs a path (where in values it goes, e.g. path: myService.${(0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .camelCase */ .x)(key)})`);
        }
        else {
            entries.push(applyOverride({ secret: key, path: override.path, env: key, required: true, rule: 'non-empty' }, override));
        }
    }
    const byPath = new Map();
    for (const entry of entries) {
        if (entry.path.split('.')[0] === 'environmentVariables') {
            problem(entry.secret, 'path', `secrets.${entry.secret}.path may not be under environmentVariables: the action writes the export there itself`);
        }
        const other = byPath.get(entry.path);
        if (other)
            problem(entry.secret, 'path', `secrets.${entry.secret}.path ${entry.path} is already the path of ${other}; each secret needs its own`);
        byPath.set(entry.path, entry.secret);
    }
    return { profile: { name: base.name, entries, legacy: { ...base.legacy, ...config?.legacy } }, findings };
}
function applyOverride(entry, override) {
    if (override.path)
        entry.path = override.path;
    if (override.secret)
        entry.secret = override.secret;
    if (override.env)
        entry.env = override.env;
    if (override.required !== undefined)
        entry.required = override.required;
    if (override.rule)
        entry.rule = override.rule;
    if (override.expected === null)
        delete entry.expected;
    else if (override.expected !== undefined)
        entry.expected = override.expected;
    return entry;
}


/***/ }),

/***/ 6987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pastClosing)
/* harmony export */ });
/** Offset just past the bracket that closes the one at `open` (nesting counted), or `limit` when none does. */
function pastClosing(text, open, limit) {
    const [opening, closing] = text[open] === '(' ? ['(', ')'] : ['[', ']'];
    let depth = 0;
    for (let i = open; i < limit; i++) {
        if (text[i] === opening)
            depth++;
        else if (text[i] === closing && --depth === 0)
            return i + 1;
    }
    return limit;
}


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ camelCase)
/* harmony export */ });
/** LAMBDA_API_KEY → lambdaApiKey: how a secret name reads as an ESC key. */
const camelCase = (name) => name.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());


/***/ }),

/***/ 6218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ secretNameProblem)
/* harmony export */ });
/**
 * Why GitHub cannot store a secret of this name, or undefined when it can: only letters, digits and
 * underscores, not starting with a digit, not starting with GITHUB_ (matched case-insensitively,
 * since GitHub stores names upper-case).
 */
function secretNameProblem(name) {
    if (!name)
        return 'is empty';
    if (!/^[A-Za-z0-9_]+$/.test(name))
        return 'may hold only letters, digits and underscores';
    if (/^[0-9]/.test(name))
        return 'may not start with a digit';
    if (/^GITHUB_/i.test(name))
        return 'may not start with GITHUB_, a prefix GitHub reserves';
    return undefined;
}


/***/ })

};
