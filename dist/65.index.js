export const id = 65;
export const ids = [65];
export const modules = {

/***/ 4232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ giveWayToRulesThreads)
/* harmony export */ });
/* unused harmony export schemaThreadNice */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** How far a schema thread steps back from the rules threads, in nice levels. */
const SCHEMA_THREAD_STEP_BACK = 5;
/** The nice value a schema thread takes from the one it has: a few levels lower, within Unix's range. */
const schemaThreadNice = (current) => Math.min(19, current + SCHEMA_THREAD_STEP_BACK);
/**
 * Lets this schema thread give way to the rules threads when they want the same core. The rules
 * threads are the audit's critical path and the schema thread has time to spare, but the process
 * has more threads than the runner has cores (V8's compiler and collector threads work beside each
 * isolate), and at equal priority the scheduler took from both alike (README, design notes).
 * A few levels only: under a competing process, 10 levels let the schema thread fall behind.
 * Linux only, where a nice value belongs to the thread that sets it; elsewhere it is the process's.
 */
function giveWayToRulesThreads() {
    if (process.platform !== 'linux')
        return;
    try {
        (0,node_os__WEBPACK_IMPORTED_MODULE_0__.setPriority)(0, schemaThreadNice((0,node_os__WEBPACK_IMPORTED_MODULE_0__.getPriority)(0)));
    }
    catch {
        // Only a hint: a sandbox that refuses it leaves the thread as it was.
    }
}


/***/ }),

/***/ 7065:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _thread_priority_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4232);


// The entry of an audit worker thread: from source this file is started itself; in the bundle,
// index.js starts it when it finds itself in an audit worker. A schema thread loads only GitHub's
// parser and the reader it reads through, not the rules, yaml 3's parser or the shell parser.
const share = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
if (share.task === 'schema') {
    (0,_thread_priority_js__WEBPACK_IMPORTED_MODULE_1__/* .giveWayToRulesThreads */ .W)();
    (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(657), __webpack_require__.e(637)]).then(__webpack_require__.bind(__webpack_require__, 2637))).serveSchemaChecks(share.ports);
}
else
    await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(535), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 4528))).serveAuditShare(share);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
