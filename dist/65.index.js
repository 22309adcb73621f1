export const id = 65;
export const ids = [65];
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

/***/ 7065:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9178);


// The entry of an audit worker thread: from source this file is started itself; in the bundle,
// index.js starts it when it finds itself in an audit worker.
await (0,_parallel_js__WEBPACK_IMPORTED_MODULE_1__/* .serveAuditShare */ .c)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4476:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// web-tree-sitter's CommonJS build. Its ES module build imports node:module dynamically to make a
// `require`, which the bundler turns into an empty namespace; this one has `require` already.
module.exports = __webpack_require__(551);


/***/ })

};
