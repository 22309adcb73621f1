export const id = 528;
export const ids = [528];
export const modules = {

/***/ 2270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hy: () => (/* binding */ transferables),
/* harmony export */   Jh: () => (/* binding */ Event),
/* harmony export */   dw: () => (/* binding */ documentEvents)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** One step of GitHub's YAML reader, as the template reader takes them. */
var Event;
(function (Event) {
    Event[Event["DocumentStart"] = 0] = "DocumentStart";
    Event[Event["DocumentEnd"] = 1] = "DocumentEnd";
    Event[Event["SequenceStart"] = 2] = "SequenceStart";
    Event[Event["SequenceEnd"] = 3] = "SequenceEnd";
    Event[Event["MappingStart"] = 4] = "MappingStart";
    Event[Event["MappingEnd"] = 5] = "MappingEnd";
    /** A key whose value is a string. */
    Event[Event["Key"] = 6] = "Key";
    /** A key whose value is not a string (a number, or nothing for a key that is a collection): in `others`. */
    Event[Event["OtherKey"] = 7] = "OtherKey";
    Event[Event["String"] = 8] = "String";
    /** A string with the source text GitHub's tokens keep, next in the pool. */
    Event[Event["StringWithSource"] = 9] = "StringWithSource";
    /** As StringWithSource, then the block scalar header (`|-`, `>+`). */
    Event[Event["StringWithHeader"] = 10] = "StringWithHeader";
    Event[Event["Number"] = 11] = "Number";
    Event[Event["True"] = 12] = "True";
    Event[Event["False"] = 13] = "False";
    Event[Event["Null"] = 14] = "Null";
})(Event || (Event = {}));
/** The buffers of a document's events, which postMessage moves to the other thread instead of copying. */
const transferables = (doc) => [doc.events, doc.offsets, doc.lengths, doc.numbers, doc.lineStarts].map((array) => array.buffer);
/**
 * The events of a document we parsed already, in one walk, as GitHub's reader makes them: aliases
 * read as what they name, and one inside the node it names skipped.
 */
function documentEvents(doc, lines) {
    const events = [];
    const offsets = [];
    const strings = [];
    const numbers = [];
    const others = [];
    const at = (node) => {
        const range = node?.range;
        if (range?.[0] === undefined || range[1] === undefined)
            offsets.push(-1, -1);
        else
            offsets.push(range[0], range[1]);
    };
    const walk = (node, resolving) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seq = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node);
            events.push(seq ? Event.SequenceStart : Event.MappingStart);
            at(node);
            for (const item of node.items)
                walk(item, resolving);
            events.push(seq ? Event.SequenceEnd : Event.MappingEnd);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            at(node);
            events.push(literal(node, strings, numbers));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = node.resolve(doc);
            if (target && !resolving.has(target))
                walk(target, new Set(resolving).add(target));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            const key = node.key?.value;
            at(node.key);
            if (typeof key === 'string')
                strings.push(key);
            else
                others.push(key);
            events.push(typeof key === 'string' ? Event.Key : Event.OtherKey);
            walk(node.value, resolving);
        }
    };
    events.push(Event.DocumentStart);
    walk(doc.contents, new Set());
    events.push(Event.DocumentEnd);
    const lengths = new Int32Array(strings.length);
    for (let i = 0; i < strings.length; i++)
        lengths[i] = strings[i].length;
    // The constructors copy plain arrays fast; `from` goes through the iterator.
    return {
        events: new Uint8Array(events),
        offsets: new Int32Array(offsets),
        pool: strings.join(''),
        lengths,
        numbers: new Float64Array(numbers),
        others,
        lineStarts: new Int32Array(lines.lineStarts),
    };
}
/** A scalar's event, its strings and number pushed where the reader takes them (as YamlObjectReader.getLiteralToken reads it). */
function literal(node, strings, numbers) {
    const value = node.value;
    if (value === null || value === undefined)
        return Event.Null;
    if (typeof value === 'number') {
        numbers.push(value);
        return Event.Number;
    }
    if (typeof value === 'boolean')
        return value ? Event.True : Event.False;
    if (typeof value !== 'string')
        throw new Error(`Unexpected value type '${typeof value}' when reading object`);
    strings.push(value);
    const src = node.srcToken;
    if (!src || !('source' in src) || typeof src.source !== 'string')
        return Event.String;
    strings.push(src.source);
    const header = src.type === 'block-scalar' ? src.props?.find((p) => p.type === 'block-scalar-header')?.source : undefined;
    if (!header)
        return Event.StringWithSource;
    strings.push(header);
    return Event.StringWithHeader;
}


/***/ }),

/***/ 4528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  auditInParallel: () => (/* binding */ auditInParallel),
  serveAuditShare: () => (/* binding */ serveAuditShare),
  threadPlan: () => (/* binding */ threadPlan)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/audit/document-events.ts
var document_events = __webpack_require__(2270);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/audit/rule-catalog.ts
var rule_catalog = __webpack_require__(4467);
// EXTERNAL MODULE: ./src/validate/secret-name.ts
var secret_name = __webpack_require__(6218);
;// CONCATENATED MODULE: ./src/util/brackets.ts
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
// By character code: the scan visits every character of every expression that names the context.
const isIdentStart = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isIdentPart = (code) => isIdentStart(code) || (code >= 48 && code <= 57) || code === 45;
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
        if (!isIdentStart(text.charCodeAt(i))) {
            i++;
            continue;
        }
        let end = i + 1;
        while (end < span.end && isIdentPart(text.charCodeAt(end)))
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
        while (nameEnd < limit && isIdentPart(text.charCodeAt(nameEnd)))
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
        return { kind: 'dynamic', start, end: pastClosing(text, next, limit) };
    }
    return { kind: 'whole-context', start, end: identEnd };
}
function skipSpaces(text, from, limit) {
    let i = from;
    while (i < limit && isWhiteSpace(text, i))
        i++;
    return i;
}
function previousNonSpace(text, before, floor) {
    for (let i = before - 1; i >= floor; i--)
        if (!isWhiteSpace(text, i))
            return text[i];
    return undefined;
}
/** As `/\s/`: ASCII by its code, anything else by the regular expression. */
function isWhiteSpace(text, at) {
    const code = text.charCodeAt(at);
    return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[at]);
}

;// CONCATENATED MODULE: ./src/audit/install-commands.ts

const PYTHON_TOOL = 'pip install <pkg> or a pinned requirements file for a one-off tool';
const GLOBAL_FLAG = (option) => option === '-g' || option === '--global';
/** Per tool: what edits the manifest, how its options read, and what to run in CI instead. */
const TOOLS = new Map(Object.entries({
    uv: {
        sub: ['add'],
        valueOptions: [
            '--directory',
            '--project',
            '-p',
            '--python',
            '--cache-dir',
            '--config-file',
            '--color',
            '--group',
            '--optional',
            '--script',
        ],
        // A script's inline metadata is not the project's manifest.
        leavesManifest: (option) => option === '--script',
        init: ['init'],
        instead: `uv sync --locked (add the dependency in the repository), or ${PYTHON_TOOL}`,
    },
    poetry: {
        sub: ['add'],
        valueOptions: ['-C', '--directory', '-P', '--project', '-G', '--group', '-E', '--extras', '--source', '--python'],
        init: ['new', 'init'],
        instead: `poetry install (or poetry sync) from the committed poetry.lock, or ${PYTHON_TOOL}`,
    },
    pipenv: {
        sub: ['install'],
        needsPackage: true,
        valueOptions: ['--python', '--pypi-mirror', '--categories', '--extra-pip-args', '-r', '--requirements'],
        packageOptions: ['-r', '--requirements'],
        instead: 'pipenv install --deploy (or pipenv sync) from the committed Pipfile.lock',
    },
    pdm: {
        sub: ['add'],
        valueOptions: ['-p', '--project', '-G', '--group'],
        init: ['init'],
        instead: 'pdm install --frozen-lockfile (or pdm sync) from the committed pdm.lock',
    },
    npm: {
        sub: ['install', 'i', 'add', 'in', 'isntall'],
        needsPackage: true,
        valueOptions: [
            '--location',
            '--prefix',
            '--registry',
            '--cache',
            '--userconfig',
            '--loglevel',
            '--tag',
            '--omit',
            '--include',
            '--install-strategy',
            '-w',
            '--workspace',
        ],
        leavesManifest: (option, value) => GLOBAL_FLAG(option) ||
            option === '--no-save' ||
            (option === '--location' && (value === 'global' || value === 'user')) ||
            ((option === '--save' || option === '--package-lock') && value === 'false'),
        init: ['init', 'create'],
        instead: 'npm ci (add the package to package.json in the repository)',
    },
    yarn: {
        sub: ['add'],
        valueOptions: ['--cwd'],
        init: ['init', 'create'],
        instead: 'yarn install --immutable (Yarn 2+) or yarn install --frozen-lockfile (Yarn 1)',
    },
    pnpm: {
        sub: ['add'],
        valueOptions: ['-C', '--dir', '-F', '--filter'],
        leavesManifest: GLOBAL_FLAG,
        init: ['init', 'create'],
        instead: 'pnpm install --frozen-lockfile',
    },
    bun: {
        sub: ['add'],
        valueOptions: ['--cwd'],
        leavesManifest: GLOBAL_FLAG,
        init: ['init', 'create'],
        instead: 'bun install --frozen-lockfile',
    },
    cargo: {
        sub: ['add'],
        valueOptions: ['--manifest-path', '-Z', '-F', '--features', '-p', '--package', '--rename', '--registry'],
        init: ['new', 'init'],
        instead: 'add the dependency to Cargo.toml in the repository and build with --locked',
    },
    go: {
        sub: ['get'],
        valueOptions: ['-C'],
        init: ['mod init'],
        instead: 'go mod download with go.mod and go.sum committed, or go install <pkg>@<version> for a tool',
    },
}));
const MUTATING_WORD = new RegExp(`(?<![\\w-])(${[...new Set([...TOOLS.values()].flatMap((t) => t.sub))].join('|')})(?![\\w-])`);
/** Wrappers that run the rest of the line as the command. */
const WRAPPERS = new Set(['sudo', 'time', 'env', 'command', 'exec', 'nice', 'nohup']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** A directory that lives only for the job: a project made there is thrown away. */
const TEMP_DIR = /mktemp|\/tmp\b|RUNNER_TEMP|runner\.temp|TMPDIR/;
/** A `cd` target that leaves a temp directory for good: home, the previous directory, an absolute path, the workspace. */
const LEAVES_TEMP = /^(-|~.*|\/.*|["']?\$\{?GITHUB_WORKSPACE.*|.*github\.workspace.*)$/;
/** Nodes whose commands run in a child shell: a `cd` inside them ends with them. */
const CHILD_SHELLS = new Set(['subshell', 'command_substitution', 'process_substitution']);
/** `${{ … }}` replaced by as many underscores: one shell word, and every offset stays where it was. */
function withoutExpressions(script) {
    let out = '';
    let last = 0;
    for (const body of findExpressionSpans(script, 0, script.length, "'")) {
        const start = body.start - 3;
        const end = body.end + 2;
        out += script.slice(last, start) + '_'.repeat(end - start);
        last = end;
    }
    return out + script.slice(last);
}
/**
 * Parses a sh/bash script and walks its commands: those in pipelines, `&&`/`||` lists, `$(…)`,
 * backticks and subshells count; heredoc bodies and quoted text are not commands. A `cd` into a
 * temp directory, or a project initialised there, makes later installs in the same shell (or its
 * children) throwaway. Offsets are the script's.
 */
function findMutatingInstalls(parser, script, startsInTempDir = false) {
    // Parsing costs more than this test; most scripts never name a subcommand that edits a manifest.
    if (!MUTATING_WORD.test(script))
        return [];
    const tree = parser.parse(withoutExpressions(script));
    if (!tree)
        return [];
    try {
        const found = [];
        /** Shells (as spans) whose working directory is a throwaway project by now. */
        let throwaway = startsInTempDir ? [{ start: 0, end: script.length }] : [];
        const inThrowaway = (command) => throwaway.some((s) => s.start <= command.startIndex && command.endIndex <= s.end);
        for (const command of tree.rootNode.descendantsOfType('command')) {
            const name = command.childForFieldName('name');
            if (!name)
                continue;
            const first = wordOf(name, script);
            if (!isHead(toolName(first.value)))
                continue;
            const words = withoutWrappers([first, ...command.childrenForFieldName('argument').map((w) => wordOf(w, script))]);
            const tool = toolName(words[0]?.value);
            if (isCd(tool)) {
                const target = words[1]?.raw ?? '~';
                const shell = shellOf(command);
                if (TEMP_DIR.test(target))
                    throwaway.push(shell);
                else if (LEAVES_TEMP.test(target))
                    throwaway = throwaway.filter((s) => s.start !== shell.start || s.end !== shell.end);
                continue;
            }
            const spec = TOOLS.get(tool);
            if (!spec)
                continue;
            const line = readCommandLine(spec, words.slice(1));
            if (!line.sub)
                continue;
            if (spec.init?.some((init) => init === line.sub || init === `${line.sub} ${line.positionals[0]?.value}`)) {
                throwaway.push(shellOf(command));
                continue;
            }
            if (!spec.sub.includes(line.sub) || inThrowaway(command))
                continue;
            if (line.options.some((o) => spec.leavesManifest?.(o.name, o.value)))
                continue;
            const namesPackage = line.positionals.some((p) => p.value !== undefined) ||
                line.options.some((o) => spec.packageOptions?.includes(o.name));
            if (spec.needsPackage && !namesPackage)
                continue;
            found.push({
                start: words[0].start,
                end: command.endIndex,
                command: `${tool} ${line.sub}${spec.needsPackage ? ' <pkg>' : ''}`,
                instead: spec.instead,
            });
        }
        return found;
    }
    finally {
        tree.delete();
    }
}
const isCd = (name) => name === 'cd' || name === 'pushd';
/** A command name the walk reads on: a tool, a wrapper that runs one, or a `cd`. */
const isHead = (name) => TOOLS.has(name) || WRAPPERS.has(name) || isCd(name);
/** A word whose text is its value: nothing quoted, escaped or expanded. */
const PLAIN_WORD = /^[\w./-]+$/;
/** `./uv`, `.\\uv.exe` and `/usr/local/bin/uv` are all uv. */
function toolName(word) {
    return (word ?? '')
        .split(/[/\\]/)
        .pop()
        .replace(/\.exe$/i, '');
}
function withoutWrappers(words) {
    let i = 0;
    while (i < words.length &&
        words[i].value !== undefined &&
        (WRAPPERS.has(words[i].value) || ASSIGNMENT.test(words[i].value))) {
        i++;
        // A wrapper's own flags (`sudo -E`) come before the command.
        while (i < words.length && words[i].value?.startsWith('-'))
            i++;
    }
    return words.slice(i);
}
/** The span of the shell a command runs in: the nearest subshell or substitution, else the whole script. */
function shellOf(command) {
    for (let node = command.parent; node; node = node.parent)
        if (CHILD_SHELLS.has(node.type) || !node.parent)
            return { start: node.startIndex, end: node.endIndex };
    return { start: command.startIndex, end: command.endIndex };
}
function wordOf(node, script) {
    const end = node.endIndex;
    const raw = script.slice(node.startIndex, end);
    // A plain word is its own value: read without asking the tree (each question is a call into WebAssembly).
    const value = PLAIN_WORD.test(raw) ? raw : raw.includes('${{') ? undefined : literal(node);
    return { start: node.startIndex, end, raw, value };
}
/** A word's value when nothing in it expands: plain words, quoted text, and the two joined. */
function literal(node) {
    switch (node.type) {
        case 'command_name':
            return node.firstNamedChild ? literal(node.firstNamedChild) : undefined;
        case 'word':
        case 'number':
            return node.text.replace(/\\(.)/g, '$1');
        case 'raw_string':
            return node.text.slice(1, -1);
        case 'string':
            return node.namedChildren.every((c) => c?.type === 'string_content') ? node.text.slice(1, -1) : undefined;
        case 'concatenation': {
            const parts = node.namedChildren.map((c) => (c ? literal(c) : undefined));
            return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
        }
        default:
            return undefined;
    }
}
/** Splits a tool's arguments into its subcommand, options (with their values, per the tool) and operands. */
function readCommandLine(tool, args) {
    const line = { options: [], positionals: [] };
    let optionsEnded = false;
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        const text = word.value;
        if (!optionsEnded && text === '--') {
            optionsEnded = true;
        }
        else if (!optionsEnded && text !== undefined && text.length > 1 && text.startsWith('-')) {
            const eq = text.indexOf('=');
            if (eq !== -1)
                line.options.push({ name: text.slice(0, eq), value: text.slice(eq + 1) });
            else if (tool.valueOptions?.includes(text))
                line.options.push({ name: text, value: args[++i]?.value });
            else
                line.options.push({ name: text });
        }
        else if (line.sub === undefined) {
            // A subcommand that expands at run time cannot be told: read no further.
            if (text === undefined)
                return line;
            line.sub = text;
        }
        else {
            line.positionals.push(word);
        }
    }
    return line;
}

// EXTERNAL MODULE: ./node_modules/yaml-cst/dist/index.js + 4 modules
var yaml_cst_dist = __webpack_require__(4349);
;// CONCATENATED MODULE: ./src/audit/parse-yaml.ts


/** The options GitHub's own workflow reader parses with (`YamlObjectReader`): workflow-schema.ts reads the result with it. */
const GITHUB_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true };
/**
 * What yaml 2's `parseDocument` (the version GitHub's workflow parser uses) makes of a workflow
 * file, in about a third of its time. yaml 2 lexes and parses through nested generators, which is most
 * of its cost; yaml 3's parser makes the same concrete syntax tree (the library's documented CST)
 * from arrays, and yaml 2's composer builds the document from it. A file with an error is parsed
 * again by yaml 2 alone, so an error is reported in exactly its words and place.
 */
function parseYaml(text) {
    try {
        const fast = composeFromFastParser(text);
        if (fast)
            return fast;
    }
    catch {
        // A fault in the newer parser must not decide the verdict: the older one gives it below.
    }
    const lines = new dist/* LineCounter */.HN();
    return { doc: (0,dist/* parseDocument */.Tp)(text, { ...GITHUB_OPTIONS, lineCounter: lines }), lines };
}
/** The fast path alone: undefined when the text is not exactly one document without errors. */
function composeFromFastParser(text) {
    const lines = new dist/* LineCounter */.HN();
    const tokens = new yaml_cst_dist/* Parser */.iX(lines.addNewLine).parse(text);
    const docs = [...new dist/* Composer */.Dk(GITHUB_OPTIONS).compose(tokens, true, text.length)];
    if (docs.length !== 1 || docs[0].errors.length)
        return undefined;
    return { doc: docs[0], lines };
}

;// CONCATENATED MODULE: ./src/audit/workflow.ts



function parseWorkflow(file, text) {
    const { doc, lines } = parseYaml(text);
    const [error] = doc.errors;
    if (error) {
        const { line, col } = lines.linePos(error.pos[0]);
        return { error: { message: `not valid YAML: ${error.message.split('\n')[0]}`, line, column: col } };
    }
    // Walking the tree costs time; a file without `*` has no alias.
    const alias = text.includes('*') ? aliasError(doc) : undefined;
    if (alias) {
        const { line, col } = lines.linePos(alias.offset);
        return { error: { message: alias.message, line, column: col } };
    }
    return { workflow: { file, text, doc, lines } };
}
/**
 * The first alias GitHub refuses, which the yaml library lets pass while parsing: one that names no
 * anchor before it, or one inside the very node it names (a value that would contain itself).
 */
function aliasError(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, alias, path) {
            const target = alias.resolve(doc);
            const offset = alias.range?.[0] ?? 0;
            if (!target)
                found = { message: `alias *${alias.source} names no anchor defined before it`, offset };
            else if (path.includes(target))
                found = {
                    message: `alias *${alias.source} is inside the node it names, so that node would contain itself`,
                    offset,
                };
            return found ? dist/* visit */.YR.BREAK : undefined;
        },
    });
    return found;
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
/**
 * Where each character of a scalar's value stands in the raw text: the value is the raw text less
 * indentation, quotes and escapes, with folded line breaks read as spaces, so a greedy walk finds
 * every character at its earliest match. Offsets past the value map to the scalar's end.
 */
function rawOffsetOf(text, node) {
    const value = String(node.value);
    const { start, end } = contentSpan(text, node);
    let mapped;
    return (offset) => {
        if (!mapped) {
            mapped = [];
            let raw = start;
            for (const unit of value.split('')) {
                while (raw < end && text[raw] !== unit && !(unit === ' ' && text[raw] === '\n'))
                    raw++;
                mapped.push(raw);
                if (raw < end)
                    raw++;
            }
        }
        return mapped[offset] ?? end;
    };
}
function workflowSteps(workflow) {
    const root = workflow.doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return [];
    const workflowEnv = mapKeys(root.get('env', true));
    const workflowRun = root.getIn(['defaults', 'run'], true);
    const jobs = root.get('jobs', true);
    if (!(0,dist/* isMap */.jh)(jobs))
        return [];
    return jobs.items.flatMap((jobPair) => {
        const job = jobPair.value;
        if (!(0,dist/* isMap */.jh)(job))
            return [];
        const jobEnv = mapKeys(job.get('env', true));
        const jobRun = job.getIn(['defaults', 'run'], true);
        const runsOn = job.get('runs-on');
        // GitHub's default: pwsh on Windows runners, bash elsewhere.
        const runnerShell = typeof runsOn === 'string' && /windows/i.test(runsOn) ? 'pwsh' : 'bash';
        const steps = job.get('steps', true);
        if (!(0,dist/* isSeq */.oP)(steps))
            return [];
        return steps.items.flatMap((step, index) => {
            if (!(0,dist/* isMap */.jh)(step))
                return [];
            const field = fieldsOf(step);
            const uses = field('uses');
            const run = field('run');
            const withNode = field('with');
            const name = workflow_valueOf(field('name'));
            const workingDirectory = workflow_valueOf(field('working-directory')) ??
                runDefault(jobRun, 'working-directory') ??
                runDefault(workflowRun, 'working-directory');
            const shell = workflow_valueOf(field('shell')) ?? runDefault(jobRun, 'shell') ?? runDefault(workflowRun, 'shell');
            return [
                {
                    job: String((0,dist/* isScalar */.jn)(jobPair.key) ? jobPair.key.value : ''),
                    index,
                    ...(typeof name === 'string' ? { name } : {}),
                    ...((0,dist/* isScalar */.jn)(uses) ? { uses } : {}),
                    ...((0,dist/* isScalar */.jn)(run) ? { run } : {}),
                    inputs: () => ((0,dist/* isMap */.jh)(withNode) ? withNode.toJSON() : {}),
                    envKeys: () => new Set([...workflowEnv, ...jobEnv, ...mapKeys(field('env'))]),
                    ...(typeof workingDirectory === 'string' ? { workingDirectory } : {}),
                    shell: typeof shell === 'string' ? shell : runnerShell,
                },
            ];
        });
    });
}
/**
 * A mapping's values by key, read in one pass: a step is asked for seven keys, and `get` reads the
 * pairs from the start for each. The first pair of a key counts, as with `get`.
 */
function fieldsOf(map) {
    const fields = new Map();
    for (const pair of map.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key;
        if (!fields.has(key))
            fields.set(key, pair.value);
    }
    return (key) => fields.get(key);
}
/** What `get` without keepScalar gives: a scalar's value, any other node itself. */
const workflow_valueOf = (node) => ((0,dist/* isScalar */.jn)(node) ? node.value : node);
function runDefault(defaults, key) {
    return (0,dist/* isMap */.jh)(defaults) ? defaults.get(key) : undefined;
}
function mapKeys(node) {
    return (0,dist/* isMap */.jh)(node) ? node.items.flatMap((pair) => ((0,dist/* isScalar */.jn)(pair.key) ? [String(pair.key.value)] : [])) : [];
}

;// CONCATENATED MODULE: ./src/audit/rules.ts






const THIS_ACTION = /^[^/\s]+\/lambda-h200-sync(\/[^@\s]*)?@\S+$/i;
const ALL_SECRETS = /toJSON\s*\(\s*secrets\s*\)/i;
function auditWorkflow(workflow, ctx, parsers) {
    const finding = (check, at, message, secret) => (0,src_findings/* findingAt */.dz)({
        file: workflow.file,
        line: at.line,
        column: at.column,
        ...(at.endLine === at.line ? { endColumn: at.endColumn } : {}),
    }, check, rule_catalog/* AUDIT_RULES */.y[check].level === 'note' ? 'notice' : rule_catalog/* AUDIT_RULES */.y[check].level, message, secret);
    const steps = workflowSteps(workflow);
    return [
        ...secretReferences(workflow).flatMap((ref) => referenceFindings(ref, ctx, finding)),
        ...steps.flatMap((step) => syncWiring(workflow, step, ctx, finding)),
        ...steps.flatMap((step) => mutatingInstalls(workflow, step, parsers, finding)),
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
    const inputs = step.inputs();
    const mode = String(inputs.mode ?? 'sync');
    if (mode !== 'sync' && mode !== 'plan')
        return [];
    const secretsInput = typeof inputs.secrets === 'string' ? inputs.secrets : '';
    if (ALL_SECRETS.test(secretsInput))
        return [];
    const fromInput = new Set([...secretsInput.matchAll(/["']([A-Za-z_][A-Za-z0-9_]*)["']\s*:/g)].map((m) => m[1].toUpperCase()));
    const profile = typeof inputs.profile === 'string' ? inputs.profile : 'lambda-h200';
    const envKeys = step.envKeys();
    const missing = (profile === 'none' ? ctx.requiredWithoutProfile : ctx.required).filter((name) => !envKeys.has(name) && !fromInput.has(name.toUpperCase()));
    if (!missing.length)
        return [];
    const where = `Step ${step.name ? `"${step.name}"` : step.index + 1} of job ${step.job}`;
    return [
        finding('sync-wiring', positionOf(workflow, { start: step.uses.range[0], end: step.uses.range[1] }), `${where} runs lambda-h200-sync in ${mode} mode but does not hand it ${missing.join(', ')}: add ${missing.length === 1 ? 'it' : 'them'} to the step's env: (NAME: \${{ secrets.NAME }}) or pass secrets: \${{ toJSON(secrets) }}.`),
    ];
}
/** Shells whose scripts are sh: `shell: bash`, `sh`, or a custom command line that starts one (`bash -e {0}`). */
const SH_FAMILY = /^(\S*\/)?(bash|sh|dash|zsh|ksh)(\s|$)/;
function mutatingInstalls(workflow, step, parsers, finding) {
    const run = step.run;
    // pwsh, python and cmd scripts are not sh: reading them as sh would invent commands.
    if (!run || !(0,dist/* isScalar */.jn)(run) || typeof run.value !== 'string' || !run.range || !SH_FAMILY.test(step.shell.trim()))
        return [];
    const inTemp = TEMP_DIR.test(step.workingDirectory ?? '');
    const toRaw = rawOffsetOf(workflow.text, run);
    return findMutatingInstalls(parsers.shell, run.value, inTemp).map((install) => finding('ci-mutating-install', positionOf(workflow, { start: toRaw(install.start), end: toRaw(install.end - 1) + 1 }), `${install.command} changes the project's manifest or lockfile in CI instead of installing from it; use ${install.instead}.`));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/audit/tree-sitter.cjs
var tree_sitter = __webpack_require__(4476);
;// CONCATENATED MODULE: ./src/audit/shell-parser.ts





// Kept in a variable so the bundler leaves the URLs below to run time (it would re-encode the binary files).
const here = import.meta.url;
/** A .wasm file: bundled, beside the chunk (the build copies it there); from source, in its package. */
function wasm(packagePath) {
    const beside = new URL(packagePath.slice(packagePath.lastIndexOf('/') + 1), here);
    return (0,external_node_fs_.readFileSync)((0,external_node_fs_.existsSync)(beside) ? beside : (0,external_node_module_.createRequire)(here).resolve(packagePath));
}
let loading;
/**
 * tree-sitter with its bash grammar, both WebAssembly (see "Design notes" in the README for why
 * this parser). Loaded once per thread, on the first audit.
 */
function loadShellParser() {
    loading ??= (async () => {
        // Keep the WebAssembly on V8's baseline compiler (Liftoff). Left to tier up, V8 recompiles the
        // grammar's lexer, one huge function, with TurboFan in each thread: over the bench's 1,000 files
        // that cost 0.35 s of CPU and 35 MB on Node 20, and took the process to 700 MB on Node 24, for a
        // parse that is a small share of the audit. Process-wide, and only WebAssembly reads them; set
        // before the first module is compiled (every thread calls this before it loads the grammar).
        (0,external_node_v8_.setFlagsFromString)('--no-wasm-dynamic-tiering');
        (0,external_node_v8_.setFlagsFromString)('--no-wasm-tier-up');
        // The CommonJS build reads __dirname, which an ES module bundle lacks: the chunk's directory stands in.
        globalThis.__dirname ??= (0,external_node_url_.fileURLToPath)(new URL('.', here));
        await tree_sitter.Parser.init({ wasmBinary: wasm('web-tree-sitter/web-tree-sitter.wasm') });
        const parser = new tree_sitter.Parser();
        parser.setLanguage(await tree_sitter.Language.load(wasm('tree-sitter-bash/tree-sitter-bash.wasm')));
        return parser;
    })();
    return loading;
}

;// CONCATENATED MODULE: ./src/audit/audit.ts





/**
 * Audits each file on its own: one that GitHub cannot read (YAML, aliases) is one error and the
 * others are still read; one it can read is checked against the workflow schema by GitHub's own
 * parser, and by our rules.
 */
async function auditFiles(files, ctx, parsers) {
    // GitHub's parser is loaded only where the schema check runs: with a schema thread, not in this one.
    const { workflowSchemaErrors } = await Promise.all(/* import() */[__webpack_require__.e(657), __webpack_require__.e(849)]).then(__webpack_require__.bind(__webpack_require__, 7849));
    const findings = [];
    for (const file of files) {
        const { findings: ours, document } = auditRules(file, ctx, parsers);
        findings.push(...(document ? withSchemaErrors(file.path, ours, await workflowSchemaErrors(file.path, document)) : ours));
    }
    return findings;
}
/** Parses one file and runs our rules on it; the schema check is left to the caller, which may run it in another thread. */
function auditRules(file, ctx, parsers) {
    if (file.unreadable !== undefined) {
        const message = `${file.path}:1:1: cannot be audited: it ${file.unreadable}`;
        return { findings: [{ check: 'workflow-parse', severity: 'error', file: file.path, line: 1, column: 1, message }] };
    }
    const parsed = parseWorkflow(file.path, file.text);
    if ('error' in parsed) {
        const { line, column, message } = parsed.error;
        return { findings: [(0,src_findings/* findingAt */.dz)({ file: file.path, line, column }, 'workflow-parse', 'error', message)] };
    }
    const { doc, lines } = parsed.workflow;
    return { findings: auditWorkflow(parsed.workflow, ctx, parsers), document: (0,document_events/* documentEvents */.dw)(doc, lines) };
}
/** A file's findings with the errors of GitHub's schema check among them, in order of line and column. */
function withSchemaErrors(file, findings, errors) {
    const schema = errors.map((error) => (0,src_findings/* findingAt */.dz)({
        file,
        line: error.line,
        column: error.column,
        ...(error.endLine === error.line ? { endColumn: error.endColumn } : {}),
    }, 'workflow-schema', 'error', `GitHub refuses this workflow: ${error.message}`));
    return [...schema, ...findings].sort((a, b) => a.line - b.line || a.column - b.column);
}
/** The parsers auditFiles needs, loaded once per thread. */
async function loadAuditParsers() {
    return { shell: await loadShellParser() };
}

// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(5201);
;// CONCATENATED MODULE: ./src/audit/read-workflow.ts

/** Larger than any workflow GitHub runs (it refuses files over 512 KB); a cap keeps a stray dump from being parsed. */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
/**
 * A workflow file's text: a regular file of at most MAX_WORKFLOW_BYTES, decoded by its byte-order
 * mark (UTF-16 files are audited too) or as UTF-8. What cannot be read says why, as a workflow-parse error.
 */
function readWorkflowFile(path) {
    try {
        const text = (0,read_file/* decodeText */.g7)((0,read_file/* readRegularFile */.XF)(path, MAX_WORKFLOW_BYTES));
        if (text !== undefined)
            return { path, text };
        return { path, text: '', unreadable: 'is neither UTF-8 nor UTF-16 with a byte-order mark' };
    }
    catch (error) {
        if (error instanceof read_file/* FileProblem */.kc)
            return { path, text: '', unreadable: error.what };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/audit/schema-checks.ts

/**
 * A rules thread's side of its schema thread: documents go out as the rules thread parses them, and
 * the errors come back while it goes on with the next file.
 */
class SchemaChecks {
    port;
    sent = 0;
    errors = new Map();
    allBack;
    constructor(port) {
        this.port = port;
        port.on('message', ({ index, errors }) => {
            this.errors.set(index, errors);
            if (this.errors.size === this.sent)
                this.allBack?.();
        });
    }
    check(index, path, document) {
        this.sent++;
        this.port.postMessage({ index, path, document }, (0,document_events/* transferables */.Hy)(document));
    }
    /** Every file's errors, by index, once all have come back; then the channel closes. */
    async results() {
        if (this.errors.size < this.sent)
            await new Promise((resolve) => (this.allBack = resolve));
        this.port.close();
        return this.errors;
    }
}

// EXTERNAL MODULE: ./src/audit/worker-role.ts
var worker_role = __webpack_require__(9954);
;// CONCATENATED MODULE: ./src/audit/parallel.ts






/**
 * The module a worker thread starts from. From source (jest, @github/local-action) that is
 * worker.ts beside this file; in the bundle this module is a chunk beside index.js, which starts
 * worker.ts's code when it finds itself in an audit worker (src/index.ts).
 */
const parallel_here = import.meta.url;
// The path, not the URL: tsx (under @github/local-action) adds a query to the module URLs it loads.
const WORKER_ENTRY = new URL(new URL(parallel_here).pathname.endsWith('.ts') ? './worker.ts' : './index.js', parallel_here);
// Below this many files per thread, starting a worker (and loading the bundle again) costs more than it saves.
const MIN_FILES_PER_THREAD = 100;
const MAX_THREADS = 4;
/**
 * How many threads audit, and at what: `rules` threads (this one and workers) parse the YAML and
 * run our rules, `schema` threads run GitHub's schema check on the documents the rules threads send
 * them. Split by library rather than by file, each V8 isolate optimizes only its own half of the
 * code: split by file, both compiled all of it, and on 2 cores the compiler took the time the
 * second thread saved (README, design notes).
 */
function threadPlan(cores, files) {
    const threads = Math.min(cores, MAX_THREADS, Math.floor(files / MIN_FILES_PER_THREAD));
    const schema = Math.floor(Math.max(threads, 1) / 2);
    return { rules: Math.max(threads, 1) - schema, schema };
}
/**
 * Audits the files, across worker threads when there are enough of them (threadPlan). Rules
 * threads take the next file from one shared counter until none is left, so one that started
 * late (a worker loads the bundle first) takes fewer; each sends the documents it parsed to its
 * schema thread, and merges the errors that come back. Findings come back in file order.
 */
async function auditInParallel(paths, ctx) {
    const plan = threadPlan((0,external_node_os_.availableParallelism)(), paths.length);
    const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    // One channel per rules thread, to the schema thread that checks its documents.
    const channels = plan.schema ? Array.from({ length: plan.rules }, () => new external_node_worker_threads_.MessageChannel()) : [];
    const schemaThreads = Array.from({ length: plan.schema }, (_, s) => {
        const ports = channels.filter((_, r) => r % plan.schema === s).map((channel) => channel.port2);
        return startWorker({ role: worker_role/* AUDIT_WORKER */.H, task: 'schema', ports }, ports);
    });
    const share = { role: worker_role/* AUDIT_WORKER */.H, task: 'rules', paths: [...paths], next, ctx };
    const rulesThreads = channels
        .slice(1)
        .map(({ port1 }) => startWorker({ ...share, schema: port1 }, [port1]));
    try {
        // A worker that fails ends the audit with its error, even while this thread waits for the others.
        const failed = Promise.race([...schemaThreads, ...rulesThreads].map(failure));
        const audited = Promise.all([
            auditShare({ ...share, schema: channels[0]?.port1 }),
            ...rulesThreads.map((worker) => new Promise((resolve) => worker.once('message', resolve))),
        ]);
        const byFile = [];
        for (const [index, findings] of (await Promise.race([audited, failed])).flat())
            byFile[index] = findings;
        return byFile.flat();
    }
    finally {
        // Schema threads wait for documents until told to stop; a rules thread is still running only when the audit failed.
        await Promise.all([...schemaThreads, ...rulesThreads].map((worker) => worker.terminate()));
    }
}
/** Audits files from the shared counter until every file is taken; with a schema thread, the schema check runs there. */
async function auditShare({ paths, next, ctx, schema }) {
    const parsers = await loadAuditParsers();
    const counter = new Int32Array(next);
    const checks = schema && new SchemaChecks(schema);
    const audited = [];
    for (let index = Atomics.add(counter, 0, 1); index < paths.length; index = Atomics.add(counter, 0, 1)) {
        const file = readWorkflowFile(paths[index]);
        if (!checks) {
            audited.push([index, await auditFiles([file], ctx, parsers)]);
            continue;
        }
        const { findings, document } = auditRules(file, ctx, parsers);
        audited.push([index, findings]);
        if (document)
            checks.check(index, file.path, document);
    }
    if (!checks)
        return audited;
    const errors = await checks.results();
    return audited.map(([index, findings]) => {
        const schemaErrors = errors.get(index);
        return [index, schemaErrors ? withSchemaErrors(paths[index], findings, schemaErrors) : findings];
    });
}
/** A rules worker thread's side: audit files from the shared counter and send their findings back. */
async function serveAuditShare(share) {
    external_node_worker_threads_.parentPort.postMessage(await auditShare(share));
}
/** Rejects when the worker fails or stops before its work is done. */
function failure(worker) {
    return new Promise((_, reject) => {
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`an audit worker thread stopped with exit code ${code}`));
        });
    });
}
/**
 * From source under tsx (`tsx src/main.ts`, as @github/local-action runs it) a worker thread does not
 * get tsx's loader from the `--import` it inherits, so worker.ts would not load: start it through
 * tsx's own tsImport, found beside that loader.
 */
function startWorker(share, ports) {
    const options = { workerData: share, transferList: ports };
    const tsxLoader = process.execArgv.find((arg) => /[\\/]tsx[\\/]dist[\\/]loader\.mjs$/.test(arg));
    if (!WORKER_ENTRY.pathname.endsWith('.ts') || !tsxLoader)
        return new external_node_worker_threads_.Worker(WORKER_ENTRY, options);
    const api = JSON.stringify(tsxLoader.replace(/loader\.mjs$/, 'esm/api/index.mjs'));
    const entry = JSON.stringify(WORKER_ENTRY.href);
    return new external_node_worker_threads_.Worker(`import(${api}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`, { ...options, eval: true });
}


/***/ }),

/***/ 4467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ AUDIT_RULES)
/* harmony export */ });
// Plain data, so that the SARIF writer can name the rules without loading the parsers the rules use.
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
        help: 'GitHub cannot run a workflow file that does not parse: a YAML syntax error, an alias that names no anchor, or an alias inside the node it names.',
    },
    'workflow-schema': {
        level: 'error',
        description: 'Workflow file that GitHub refuses',
        help: "GitHub's own workflow parser reports this against the workflow schema (an unknown or missing key, a wrong type, a context an expression may not use there, such as secrets in a step's if:). GitHub does not run such a workflow, so a sync it holds never runs.",
    },
};


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


/***/ }),

/***/ 4476:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// web-tree-sitter's CommonJS build. Its ES module build imports node:module dynamically to make a
// `require`, which the bundler turns into an empty namespace; this one has `require` already.
module.exports = __webpack_require__(551);


/***/ })

};
