export const id = 65;
export const ids = [65];
export const modules = {

/***/ 7065:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);

// The entry of an audit worker thread: from source this file is started itself; in the bundle,
// index.js starts it when it finds itself in an audit worker. A schema thread loads only GitHub's
// parser and the reader it reads through, not the rules, yaml 3's parser or the shell parser.
const share = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData;
if (share.task === 'schema')
    (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(657), __webpack_require__.e(637)]).then(__webpack_require__.bind(__webpack_require__, 2637))).serveSchemaChecks(share.ports);
else
    await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(535), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 4528))).serveAuditShare(share);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
