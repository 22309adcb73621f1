export const id = 853;
export const ids = [853];
export const modules = {

/***/ 5853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ AUDIT_RULES),
  J: () => (/* binding */ auditWorkflow)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
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
    const finding = (check, at, message, secret) => (0,findings/* findingAt */.dz)({
        file: workflow.file,
        line: at.line,
        column: at.column,
        ...(at.endLine === at.line ? { endColumn: at.endColumn } : {}),
    }, check, AUDIT_RULES[check].level === 'note' ? 'notice' : AUDIT_RULES[check].level, message, secret);
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
