export const id = 65;
export const ids = [65];
export const modules = {

/***/ 1091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kk: () => (/* binding */ auditInParallel),
  cs: () => (/* binding */ serveAuditShare)
});

// UNUSED EXPORTS: auditPaths

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/audit/rules.ts + 1 modules
var rules = __webpack_require__(5853);
// EXTERNAL MODULE: ./src/audit/workflow.ts + 1 modules
var workflow = __webpack_require__(6346);
;// CONCATENATED MODULE: ./src/audit/audit.ts



/** Audits each file on its own: one that does not parse is one error, and the others are still read. */
function auditFiles(files, ctx) {
    return files.flatMap((file) => {
        if (file.unreadable !== undefined) {
            const message = `${file.path}:1:1: cannot be audited: it ${file.unreadable}`;
            return [
                { check: 'workflow-parse', severity: 'error', file: file.path, line: 1, column: 1, message },
            ];
        }
        const parsed = (0,workflow/* parseWorkflow */.hM)(file.path, file.text);
        if ('error' in parsed) {
            const { line, column, message } = parsed.error;
            return [(0,findings/* findingAt */.dz)({ file: file.path, line, column }, 'workflow-parse', 'error', `not valid YAML: ${message}`)];
        }
        return (0,rules/* auditWorkflow */.J)(parsed.workflow, ctx);
    });
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
const here = import.meta.url;
// The path, not the URL: tsx (under @github/local-action) adds a query to the module URLs it loads.
const WORKER_ENTRY = new URL(new URL(here).pathname.endsWith('.ts') ? './worker.ts' : './index.js', here);
// Below this many files per thread, starting a worker (and loading the bundle again) costs more than it saves.
const MIN_FILES_PER_THREAD = 100;
const MAX_THREADS = 4;
/**
 * Audits the files, in contiguous shares across worker threads when there are enough of them:
 * parsing YAML is most of the time and each file stands alone. Findings come back in file order.
 */
async function auditInParallel(paths, ctx) {
    const threads = Math.min((0,external_node_os_.availableParallelism)(), MAX_THREADS, Math.floor(paths.length / MIN_FILES_PER_THREAD));
    if (threads < 2)
        return auditPaths(paths, ctx);
    const size = Math.ceil(paths.length / threads);
    const shares = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size));
    const [own, ...others] = shares;
    const pending = others.map((share) => inWorker({ role: worker_role/* AUDIT_WORKER */.H, paths: share, ctx }));
    const mine = auditPaths(own, ctx);
    return [...mine, ...(await Promise.all(pending)).flat()];
}
function auditPaths(paths, ctx) {
    return auditFiles(paths.map((path) => readWorkflowFile(path)), ctx);
}
/** The worker's side: audit the share it was given and send the findings back. */
function serveAuditShare(share) {
    external_node_worker_threads_.parentPort.postMessage(auditPaths(share.paths, share.ctx));
}
function inWorker(share) {
    return new Promise((resolve, reject) => {
        const worker = startWorker(share);
        worker.once('message', (findings) => resolve(findings));
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1091);


// The entry of an audit worker thread: from source this file is started itself; in the bundle,
// index.js starts it when it finds itself in an audit worker.
(0,_parallel_js__WEBPACK_IMPORTED_MODULE_1__/* .serveAuditShare */ .cs)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);


/***/ })

};
