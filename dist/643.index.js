export const id = 643;
export const ids = [643];
export const modules = {

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

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sarifLog: () => (/* binding */ sarifLog)
/* harmony export */ });
/* harmony import */ var _audit_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4467);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const RULE_IDS = Object.keys(_audit_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y);
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
                            shortDescription: { text: _audit_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].description },
                            fullDescription: { text: _audit_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].help },
                            help: { text: _audit_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].help, markdown: _audit_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].help },
                            defaultConfiguration: { level: _audit_rule_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .AUDIT_RULES */ .y[id].level },
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
