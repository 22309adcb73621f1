export const id = 534;
export const ids = [534];
export const modules = {

/***/ 9178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ auditInParallel),
  c: () => (/* binding */ serveAuditShare)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/audit/rules.ts + 1 modules
var rules = __webpack_require__(5853);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
        // The CommonJS build reads __dirname, which an ES module bundle lacks: the chunk's directory stands in.
        globalThis.__dirname ??= (0,external_node_url_.fileURLToPath)(new URL('.', here));
        await tree_sitter.Parser.init({ wasmBinary: wasm('web-tree-sitter/web-tree-sitter.wasm') });
        const parser = new tree_sitter.Parser();
        parser.setLanguage(await tree_sitter.Language.load(wasm('tree-sitter-bash/tree-sitter-bash.wasm')));
        return parser;
    })();
    return loading;
}

// EXTERNAL MODULE: ./src/audit/workflow.ts + 1 modules
var workflow = __webpack_require__(607);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var dist = __webpack_require__(2657);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/convert.js + 23 modules
var convert = __webpack_require__(9443);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js + 1 modules
var template_reader = __webpack_require__(6074);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var workflow_constants = __webpack_require__(6340);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 14 modules
var workflow_schema = __webpack_require__(4392);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __webpack_require__(3262);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/yaml-object-reader.js
var yaml_object_reader = __webpack_require__(589);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/audit/document-reader.ts



var Event;
(function (Event) {
    Event[Event["DocumentStart"] = 0] = "DocumentStart";
    Event[Event["DocumentEnd"] = 1] = "DocumentEnd";
    Event[Event["SequenceStart"] = 2] = "SequenceStart";
    Event[Event["SequenceEnd"] = 3] = "SequenceEnd";
    Event[Event["MappingStart"] = 4] = "MappingStart";
    Event[Event["MappingEnd"] = 5] = "MappingEnd";
    Event[Event["Literal"] = 6] = "Literal";
})(Event || (Event = {}));
// The library's own conversion of a scalar to a token (private in its typings, so reached this way).
const literalToken = yaml_object_reader/* YamlObjectReader */.M.getLiteralToken;
/**
 * GitHub's YAML reader (`YamlObjectReader`) over a document we parsed already: the same events in
 * the same order (aliases read as what they name, one inside its own node skipped), made in one
 * walk into an array instead of nested generators, which cost more than the schema check itself.
 */
class DocumentReader {
    doc;
    lines;
    fileId;
    events = [];
    tokens = [];
    next = 0;
    constructor(doc, lines, fileId) {
        this.doc = doc;
        this.lines = lines;
        this.fileId = fileId;
        this.push(Event.DocumentStart);
        this.walk(doc.contents, new Set());
        this.push(Event.DocumentEnd);
    }
    allowLiteral() {
        return this.take(Event.Literal);
    }
    allowSequenceStart() {
        return this.take(Event.SequenceStart);
    }
    allowSequenceEnd() {
        return this.skip(Event.SequenceEnd);
    }
    allowMappingStart() {
        return this.take(Event.MappingStart);
    }
    allowMappingEnd() {
        return this.skip(Event.MappingEnd);
    }
    validateStart() {
        if (!this.skip(Event.DocumentStart))
            throw new Error('Expected start of reader');
    }
    validateEnd() {
        if (!this.skip(Event.DocumentEnd))
            throw new Error('Expected end of reader');
    }
    take(event) {
        return this.events[this.next] === event ? this.tokens[this.next++] : undefined;
    }
    skip(event) {
        if (this.events[this.next] !== event)
            return false;
        this.next++;
        return true;
    }
    push(event, token) {
        this.events.push(event);
        this.tokens.push(token);
    }
    /** As YamlObjectReader.getNodes: `resolving` holds the nodes the aliases above this one name. */
    walk(node, resolving) {
        if ((0,yaml_dist/* isSeq */.oP)(node) || (0,yaml_dist/* isMap */.jh)(node)) {
            const seq = (0,yaml_dist/* isSeq */.oP)(node);
            const range = this.rangeOf(node);
            if (seq)
                this.push(Event.SequenceStart, new tokens/* SequenceToken */.vd(this.fileId, range, undefined));
            else
                this.push(Event.MappingStart, new tokens/* MappingToken */.eJ(this.fileId, range, undefined));
            for (const item of node.items)
                this.walk(item, resolving);
            this.push(seq ? Event.SequenceEnd : Event.MappingEnd);
        }
        else if ((0,yaml_dist/* isScalar */.jn)(node)) {
            this.push(Event.Literal, literalToken(this.fileId, this.rangeOf(node), node));
        }
        else if ((0,yaml_dist/* isAlias */.Vj)(node)) {
            const target = node.resolve(this.doc);
            if (target && !resolving.has(target))
                this.walk(target, new Set(resolving).add(target));
        }
        else if ((0,yaml_dist/* isPair */.tO)(node)) {
            const key = node.key;
            this.push(Event.Literal, new tokens/* StringToken */.Hj(this.fileId, this.rangeOf(key), key?.value, undefined));
            this.walk(node.value, resolving);
        }
    }
    rangeOf(node) {
        const range = node?.range;
        if (range?.[0] === undefined || range[1] === undefined)
            return undefined;
        const start = this.lines.linePos(range[0]);
        const end = this.lines.linePos(range[1]);
        return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
    }
}

;// CONCATENATED MODULE: ./src/audit/workflow-schema.ts







// GitHub's messages quote the file; one line of this length is enough to say what is wrong.
const MAX_MESSAGE = 300;
/**
 * What GitHub's own parser (`@actions/workflow-parser`, the one behind the Actions language
 * server) reports for a file that is valid YAML: unknown or missing keys, wrong types, expressions
 * that use a context where GitHub does not allow it (`secrets` in a step's `if:`), invalid cron,
 * jobs that need unknown jobs. Reusable workflows it calls are not fetched.
 */
async function workflowSchemaErrors(workflow) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), (0,workflow_schema/* getWorkflowSchema */.L)(), new dist/* NoOperationTraceWriter */.P0());
    const fileId = context.getFileId(workflow.file);
    const template = (0,template_reader/* readTemplate */.x)(context, workflow_constants/* WORKFLOW_ROOT */.D, new DocumentReader(workflow.doc, workflow.lines, fileId), fileId);
    // Convert even after errors in the first pass, so that every error is reported at once.
    if (template)
        await (0,dist/* convertWorkflowTemplate */.DE)(context, template, undefined, { errorPolicy: convert/* ErrorPolicy */.t.TryConversion });
    // Converting after errors may report the same fault again in other words: one error per line, the first.
    const lines = new Set();
    return context.errors.getErrors().flatMap((error) => {
        const range = error.range;
        const line = range?.start.line ?? 1;
        if (lines.has(line))
            return [];
        lines.add(line);
        return [
            {
                message: error.rawMessage.split('\n')[0].slice(0, MAX_MESSAGE),
                line,
                column: range?.start.column ?? 1,
                ...(range ? { endLine: range.end.line, endColumn: range.end.column } : {}),
            },
        ];
    });
}

;// CONCATENATED MODULE: ./src/audit/audit.ts





/**
 * Audits each file on its own: one that GitHub cannot read (YAML, aliases) is one error and the
 * others are still read; one it can read is checked against the workflow schema by GitHub's own
 * parser, and by our rules.
 */
async function auditFiles(files, ctx, parsers) {
    const findings = [];
    for (const file of files) {
        if (file.unreadable !== undefined) {
            const message = `${file.path}:1:1: cannot be audited: it ${file.unreadable}`;
            findings.push({ check: 'workflow-parse', severity: 'error', file: file.path, line: 1, column: 1, message });
            continue;
        }
        const parsed = (0,workflow/* parseWorkflow */.hM)(file.path, file.text);
        if ('error' in parsed) {
            const { line, column, message } = parsed.error;
            findings.push((0,src_findings/* findingAt */.dz)({ file: file.path, line, column }, 'workflow-parse', 'error', message));
            continue;
        }
        const schema = (await workflowSchemaErrors(parsed.workflow)).map((error) => (0,src_findings/* findingAt */.dz)({
            file: file.path,
            line: error.line,
            column: error.column,
            ...(error.endLine === error.line ? { endColumn: error.endColumn } : {}),
        }, 'workflow-schema', 'error', `GitHub refuses this workflow: ${error.message}`));
        findings.push(...[...schema, ...(0,rules/* auditWorkflow */.J)(parsed.workflow, ctx, parsers)].sort((a, b) => a.line - b.line || a.column - b.column));
    }
    return findings;
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
 * Audits the files across worker threads when there are enough of them: each file stands alone,
 * and each thread takes the next file from one shared counter until none is left, so a thread
 * that started late (a worker loads the bundle first) or met large files takes fewer.
 * Findings come back in file order.
 */
async function auditInParallel(paths, ctx) {
    const threads = Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS, Math.floor(paths.length / MIN_FILES_PER_THREAD));
    const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const share = { role: worker_role/* AUDIT_WORKER */.H, paths: [...paths], next, ctx };
    const others = Array.from({ length: Math.max(threads - 1, 0) }, () => inWorker(share));
    const byFile = [];
    for (const [index, findings] of [await auditShare(share), ...(await Promise.all(others))].flat())
        byFile[index] = findings;
    return byFile.flat();
}
/** Audits files from the shared counter until every file is taken. */
async function auditShare({ paths, next, ctx }) {
    const parsers = await loadAuditParsers();
    const counter = new Int32Array(next);
    const audited = [];
    for (let index = Atomics.add(counter, 0, 1); index < paths.length; index = Atomics.add(counter, 0, 1))
        audited.push([index, await auditFiles([readWorkflowFile(paths[index])], ctx, parsers)]);
    return audited;
}
/** The worker's side: audit files from the shared counter and send their findings back. */
async function serveAuditShare(share) {
    external_node_worker_threads_.parentPort.postMessage(await auditShare(share));
}
function inWorker(share) {
    return new Promise((resolve, reject) => {
        const worker = startWorker(share);
        worker.once('message', (audited) => resolve(audited));
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
function startWorker(share) {
    const tsxLoader = process.execArgv.find((arg) => /[\\/]tsx[\\/]dist[\\/]loader\.mjs$/.test(arg));
    if (!WORKER_ENTRY.pathname.endsWith('.ts') || !tsxLoader)
        return new external_node_worker_threads_.Worker(WORKER_ENTRY, { workerData: share });
    const api = JSON.stringify(tsxLoader.replace(/loader\.mjs$/, 'esm/api/index.mjs'));
    const entry = JSON.stringify(WORKER_ENTRY.href);
    return new external_node_worker_threads_.Worker(`import(${api}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`, {
        eval: true,
        workerData: share,
    });
}


/***/ }),

/***/ 1132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ loadProfile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/util/closest.ts
var closest = __webpack_require__(5519);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/profile/lambda-h200.ts
var lambda_h200 = __webpack_require__(6117);
;// CONCATENATED MODULE: ./src/profile/types.ts
/** Names an entry's `rule` may take; each is defined in src/validate/rules.ts. */
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
    const finding = (position, message) => (0,src_findings/* findingAt */.dz)({ file: source.file, ...position }, 'config', 'error', message);
    if (doc.errors.length) {
        return {
            findings: doc.errors.map((e) => finding(at(e.pos[0]), `not valid YAML: ${e.message.split('\n')[0]}`)),
            locate,
        };
    }
    // Before toJS: `__proto__` would be dropped there, `toString` and `constructor` misread later.
    const reserved = reservedNames(doc).map(({ offset, where, name }) => finding(at(offset), `${where} "${name}" is the name of a built-in property of JavaScript objects (${RESERVED.slice(0, 3).join(', ')}, …); the action cannot tell it apart safely, so choose another name`));
    if (reserved.length)
        return { findings: reserved, locate };
    let data;
    try {
        data = doc.toJS() ?? {};
    }
    catch (error) {
        // yaml refuses an alias bomb ("Excessive alias count") here, after parsing.
        return { findings: [finding(at(0), `cannot be read: ${error.message.split('\n')[0]}`)], locate };
    }
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
/** Names every JavaScript object already has a property of (toString, constructor, __proto__, …), compared ignoring case. */
const RESERVED = ['toString', 'constructor', '__proto__', ...Object.getOwnPropertyNames(Object.prototype)].filter((name, i, all) => all.indexOf(name) === i);
const isReserved = (name) => RESERVED.some((r) => r.toLowerCase() === name.toLowerCase());
/** Secret names (keys and `secret:`), legacy names and replacements, `env:` names and path keys that are reserved. */
function reservedNames(doc) {
    const found = [];
    const check = (node, where, names = (t) => [t]) => {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
            return;
        for (const name of names(node.value))
            if (isReserved(name))
                found.push({ offset: node.range?.[0] ?? 0, where, name });
    };
    const secrets = doc.get('secrets', true);
    if ((0,dist/* isMap */.jh)(secrets)) {
        for (const pair of secrets.items) {
            check(pair.key, 'secret name');
            if (!(0,dist/* isMap */.jh)(pair.value))
                continue;
            check(pair.value.get('secret', true), 'secret name');
            check(pair.value.get('env', true), 'environment variable name');
            check(pair.value.get('path', true), 'path key', (path) => path.split('.'));
        }
    }
    const legacy = doc.get('legacy', true);
    if ((0,dist/* isMap */.jh)(legacy)) {
        for (const pair of legacy.items) {
            check(pair.key, 'legacy secret name');
            check(pair.value, 'secret name');
        }
    }
    return found;
}
function unknownKeyMessage(parent, key) {
    const allowed = parent.length === 0 ? TOP_LEVEL_KEYS : parent.length === 2 && parent[0] === 'secrets' ? ENTRY_KEYS : [];
    const guess = (0,closest/* closest */.k)(key, allowed);
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
            const guess = typeof received === 'string' ? (0,closest/* closest */.k)(received, issue.values.map(String)) : undefined;
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

// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
;// CONCATENATED MODULE: ./src/config/load.ts


/** The profile a run works with: the built-in one named by the input or the config file, with the config's entries. */
function loadProfile(profileInput, source) {
    const config = source ? { ...parseConfig(source), file: source.file } : undefined;
    const { profile, findings } = (0,resolve/* resolveProfile */.m)(profileInput, config);
    return { profile, ...(config ? { config } : {}), findings: [...(config?.findings ?? []), ...findings] };
}


/***/ }),

/***/ 8270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ resolveProfile)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1001);
/* harmony import */ var _profile_lambda_h200_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6117);
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5630);
/* harmony import */ var _validate_secret_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6218);




/** Keys ESC refuses directly under values: they name what interpolation reaches outside them. */
const RESERVED_UNDER_VALUES = ['imports', 'context', 'environments'];
/**
 * The built-in profile named by the input (or, when the input is left at its default, by the
 * config file), with the config file's entries added or overriding, and its legacy names added.
 */
function resolveProfile(profileInput, parsed) {
    const config = parsed?.config;
    const name = profileInput === 'lambda-h200' && config?.profile ? config.profile : profileInput;
    const base = (0,_profile_lambda_h200_js__WEBPACK_IMPORTED_MODULE_1__/* .builtinProfile */ .Js)(name);
    const entries = base.entries.map((e) => ({ ...e }));
    const findings = [];
    const addFinding = (check, at, secret, message) => {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingAt */ .dz)({ file: parsed.file, ...parsed.locate(at) }, check, 'error', message, secret));
    };
    const problem = (key, field, message) => addFinding('config', field ? ['secrets', key, field] : ['secrets', key], key, message);
    // Names the config file brings must be names GitHub can store, or the sync could never be fed.
    for (const [key, override] of Object.entries(config?.secrets ?? {})) {
        for (const [name, at] of [
            [key, ['secrets', key]],
            [override?.secret, ['secrets', key, 'secret']],
        ]) {
            const why = name === undefined ? undefined : (0,_validate_secret_name_js__WEBPACK_IMPORTED_MODULE_2__/* .secretNameProblem */ .n)(name);
            if (why)
                addFinding('secret-name', [...at], key, `secret name "${name}" ${why}`);
        }
    }
    for (const [name, replacement] of Object.entries(config?.legacy ?? {})) {
        for (const [checked, at] of [
            [name, ['legacy', name]],
            [replacement, ['legacy', name]],
        ]) {
            const why = checked === null ? undefined : (0,_validate_secret_name_js__WEBPACK_IMPORTED_MODULE_2__/* .secretNameProblem */ .n)(checked);
            if (why)
                addFinding('secret-name', [...at], name, `secret name "${checked}" ${why}`);
        }
    }
    /** The config key that added or changed each entry: where a problem with it is reported. */
    const keyOf = new Map();
    for (const [key, override] of Object.entries(config?.secrets ?? {})) {
        const existing = entries.find((e) => e.secret.toUpperCase() === key.toUpperCase());
        if (existing) {
            keyOf.set(applyOverride(existing, override ?? {}), key);
        }
        else if (!override?.path) {
            problem(key, undefined, `secrets.${key} is not in the ${base.name} profile, so it needs a path (where in values it goes, e.g. path: myService.${(0,_util_case_js__WEBPACK_IMPORTED_MODULE_3__/* .camelCase */ .x)(key)})`);
        }
        else {
            const added = { secret: key, path: override.path, env: key, required: true, rule: 'non-empty' };
            entries.push(applyOverride(added, override));
            keyOf.set(entries.at(-1), key);
        }
    }
    const legacy = { ...base.legacy, ...config?.legacy };
    const conflict = (entry, field, message) => problem(keyOf.get(entry) ?? entry.secret, field, message);
    const byPath = new Map();
    const byEnv = new Map();
    for (const entry of entries) {
        const name = `secrets.${keyOf.get(entry) ?? entry.secret}`;
        const first = entry.path.split('.')[0];
        if (first === 'environmentVariables') {
            conflict(entry, 'path', `${name}.path may not be under environmentVariables: the action writes the export there itself`);
        }
        else if (RESERVED_UNDER_VALUES.includes(first)) {
            conflict(entry, 'path', `${name}.path ${entry.path} starts with "${first}", a key ESC reserves under values (${RESERVED_UNDER_VALUES.join(', ')}): the service refuses the write. Put it under another key, e.g. lambdaLabs.${entry.path.split('.').at(-1)}`);
        }
        const other = byPath.get(entry.path);
        if (other)
            conflict(entry, 'path', `${name}.path ${entry.path} is already the path of ${other.secret}; each secret needs its own`);
        byPath.set(entry.path, entry);
        // Each secret is written as one `fn::secret` mapping: a path under another's would put a key beside `fn::secret`.
        for (const [path, holder] of byPath) {
            if (holder === entry)
                continue;
            const [outer, inner] = path.length < entry.path.length ? [holder, entry] : [entry, holder];
            if (inner.path.startsWith(`${outer.path}.`))
                conflict(inner, 'path', `${inner === entry ? name : `secrets.${keyOf.get(inner) ?? inner.secret}`}.path ${inner.path} lies under ${outer.path}, the path of ${outer.secret}; a secret's value cannot hold another secret`);
        }
        const sameExport = byEnv.get(entry.env);
        if (sameExport)
            conflict(entry, 'env', `${name} exports environmentVariables.${entry.env}, as ${sameExport.secret} does; each export needs its own name`);
        byEnv.set(entry.env, entry);
        const legacyName = Object.keys(legacy).find((l) => l.toUpperCase() === entry.secret.toUpperCase());
        if (legacyName !== undefined) {
            const where = config?.legacy && legacyName in config.legacy ? ['legacy', legacyName] : undefined;
            const message = `${entry.secret} is both a secret to sync (${name}) and a legacy name (legacy.${legacyName}); a name is one or the other`;
            if (where)
                addFinding('config', where, entry.secret, message);
            else
                conflict(entry, 'path', message);
        }
    }
    return { profile: { name: base.name, entries, legacy }, findings };
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

/***/ 534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  audit: () => (/* binding */ audit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/audit/glob.ts


/**
 * Files under `root` matching any of the globs (`*` and `?` within a path segment, `**` across
 * segments, `[abc]` classes), as sorted repo-relative paths with forward slashes. A leading `!`
 * excludes. Walks only below each pattern's literal prefix, so `.github/workflows/*.yml` reads
 * one directory. A symlink to a file is followed when its target is inside `root`; one that points
 * outside it (or nowhere) is not read, and is passed to `skipped`.
 */
function expandGlobs(patterns, root, skipped = () => undefined) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
    const found = new Set();
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    for (const pattern of include) {
        const matcher = globToRegExp(pattern);
        const segments = pattern.replace(/^\.\//, '').split('/');
        const firstGlob = segments.findIndex((s) => /[*?[]/.test(s));
        const literalCount = firstGlob === -1 ? segments.length - 1 : firstGlob;
        const depth = pattern.includes('**') ? Infinity : segments.length - literalCount;
        for (const { path, why } of walk(root, realRoot, segments.slice(0, literalCount).join('/'), depth)) {
            if (!matcher.test(path) || exclude.some((e) => e.test(path)))
                continue;
            if (why)
                skipped({ path, why });
            else
                found.add(path);
        }
    }
    return [...found].sort();
}
function* walk(root, realRoot, dir, depth) {
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
            yield { path };
        else if (entry.isSymbolicLink())
            yield { path, ...linkProblem((0,external_node_path_.join)(root, path), realRoot) };
        else if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git')
            yield* walk(root, realRoot, path, depth - 1);
    }
}
/** Why a symlink is not followed (its target is outside the workspace, missing, or not a file), or nothing. */
function linkProblem(link, realRoot) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(link);
    }
    catch {
        return { why: 'is a symlink to nothing (its target does not exist)' };
    }
    const rel = (0,external_node_path_.relative)(realRoot, target);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return { why: 'is a symlink to a file outside the workspace' };
    return (0,external_node_fs_.statSync)(target).isFile() ? {} : { why: 'is a symlink to something other than a file' };
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

// EXTERNAL MODULE: ./src/audit/parallel.ts + 5 modules
var parallel = __webpack_require__(9178);
;// CONCATENATED MODULE: ./src/audit/scope.ts

/** A file that is in the pull request's head: added, modified, renamed (under its new name) or copied. */
const PRESENT = new Set(['added', 'modified', 'renamed', 'copied', 'changed']);
/**
 * The audited files a pull request changes. A change to the config file changes what every
 * workflow is checked against, so it puts every file in scope.
 */
function changedScope(audited, changed, configPath) {
    const present = new Set(changed.filter((f) => PRESENT.has(f.status)).map((f) => normalize(f.filename)));
    if (changed.some((f) => normalize(f.filename) === normalize(configPath)))
        return { kind: 'changed', files: new Set(audited), reason: 'config' };
    return { kind: 'changed', files: new Set(audited.filter((file) => present.has(normalize(file)))), reason: 'files' };
}
/** Repo-relative, forward slashes, no leading `./`: how GitHub names a pull request's files. */
const normalize = (path) => external_node_path_.posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
/** Whether a finding counts; one that names no file (a config problem) always does. */
const inScope = (scope, file) => scope.kind === 'all' || file === undefined || scope.files.has(file);
/**
 * `audit-scope` resolved for this run: `auto` is `changed` on pull requests; the pull request's
 * files are read only when they decide something, and when they cannot be read every file counts.
 */
async function resolveAuditScope(settings, audited, pullRequest) {
    const wanted = settings.auditScope === 'auto' ? (pullRequest.isPullRequest ? 'changed' : 'all') : settings.auditScope;
    if (wanted === 'all')
        return { kind: 'all' };
    if (!pullRequest.isPullRequest)
        return {
            kind: 'all',
            notice: 'audit-scope: changed applies to pull_request events; this run is not one, so every workflow file counts.',
        };
    const changed = await pullRequest.changedFiles();
    if ('unreadable' in changed)
        return {
            kind: 'all',
            notice: `The pull request's list of changed files could not be read (${changed.unreadable}), so every workflow file counts.`,
        };
    return changedScope(audited, changed, settings.configPath);
}

// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(1132);
// EXTERNAL MODULE: ./src/config/resolve.ts
var resolve = __webpack_require__(8270);
;// CONCATENATED MODULE: ./src/modes/audit.ts






/**
 * Mode audit: reads workflow files and the config file, never secrets or ESC (safe on fork pull
 * requests). A file that does not parse is one error; the others are still audited.
 */
async function audit(settings, configSource, pullRequest) {
    const { profile, config, findings: configFindings } = (0,load/* loadProfile */.i)(settings.profile, configSource);
    const required = (entries) => entries.filter((e) => e.required).map((e) => e.secret);
    const skipped = [];
    const files = expandGlobs(settings.workflows, process.cwd(), ({ path, why }) => skipped.push(`${path} ${why}; it was not audited.`));
    const scope = await resolveAuditScope(settings, files, pullRequest);
    const counted = files.filter((file) => inScope(scope, file));
    // With nothing in scope only the SARIF file (which holds every file's results) needs the audit.
    const findings = await (0,parallel/* auditInParallel */.K)(counted.length || settings.sarifFile ? files : [], {
        legacy: Object.fromEntries(Object.entries(profile.legacy).map(([name, replacement]) => [name.toUpperCase(), replacement])),
        required: required(profile.entries),
        // A step with profile: none needs only what the config file adds.
        requiredWithoutProfile: required((0,resolve/* resolveProfile */.m)('none', config).profile.entries),
        usesSelf: isThisAction('action.yml'),
    });
    const all = [...configFindings, ...findings];
    const outcome = {
        audited: files,
        outcomes: outcomes(counted, all.filter((f) => inScope(scope, f.file))),
        logLines: [],
        notices: [
            ...skipped,
            ...(files.length ? [] : [`No workflow files matched ${settings.workflows.join(', ')}; nothing was audited.`]),
        ],
    };
    if (scope.kind === 'all') {
        if (scope.notice)
            outcome.notices.push(scope.notice);
        return outcome;
    }
    const untouched = all.filter((f) => !inScope(scope, f.file));
    outcome.logLines.push(scope.reason === 'config'
        ? `The pull request changes the config file ${settings.configPath}, so every workflow file counts.`
        : `audit-scope changed: ${counted.length} of ${files.length} workflow files are changed by this pull request and count${untouched.length ? `; ${untouched.length} finding${untouched.length === 1 ? '' : 's'} in files it does not change ${untouched.length === 1 ? 'is' : 'are'} in the SARIF file only` : ''}.`);
    return { ...outcome, changedFiles: counted, untouched };
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
function isThisAction(actionFile) {
    try {
        return /^name:\s*['"]?lambda-h200-sync['"]?\s*$/m.test((0,external_node_fs_.readFileSync)(actionFile, 'utf8'));
    }
    catch {
        return false;
    }
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

/***/ 4476:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// web-tree-sitter's CommonJS build. Its ES module build imports node:module dynamically to make a
// `require`, which the bundler turns into an empty namespace; this one has `require` already.
module.exports = __webpack_require__(551);


/***/ })

};
