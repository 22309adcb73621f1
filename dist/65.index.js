export const id = 65;
export const ids = [65];
export const modules = {

/***/ 7065:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parallel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2508);


// The entry of an audit worker thread: from source this file is started itself; in the bundle,
// index.js starts it when it finds itself in an audit worker.
await (0,_parallel_js__WEBPACK_IMPORTED_MODULE_1__/* .serveAuditShare */ .c)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
