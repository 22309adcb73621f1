export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sarifLog: () => (/* binding */ sarifLog)
/* harmony export */ });
/* harmony import */ var _audit_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5853);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const RULE_IDS = Object.keys(_audit_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y);
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
                        version: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_VERSION */ .Yt,
                        informationUri: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION_HOME */ .D8,
                        rules: RULE_IDS.map((id) => ({
                            id,
                            name: id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: _audit_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].description },
                            fullDescription: { text: _audit_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].help },
                            help: { text: _audit_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].help, markdown: _audit_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].help },
                            defaultConfiguration: { level: _audit_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].level },
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


/***/ })

};
