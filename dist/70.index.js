export const id = 70;
export const ids = [70];
export const modules = {

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  audit: () => (/* binding */ audit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/audit/parallel.ts + 1 modules
var parallel = __webpack_require__(2907);
;// CONCATENATED MODULE: ./src/audit/glob.ts


/**
 * Files under `root` matching any of the globs (`*` and `?` within a path segment, `**` across
 * segments, `[abc]` classes), as sorted repo-relative paths with forward slashes. A leading `!`
 * excludes. Walks only below each pattern's literal prefix, so `.github/workflows/*.yml` reads
 * one directory.
 */
function expandGlobs(patterns, root) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
    const found = new Set();
    for (const pattern of include) {
        const matcher = globToRegExp(pattern);
        const segments = pattern.replace(/^\.\//, '').split('/');
        const firstGlob = segments.findIndex((s) => /[*?[]/.test(s));
        const literalCount = firstGlob === -1 ? segments.length - 1 : firstGlob;
        const depth = pattern.includes('**') ? Infinity : segments.length - literalCount;
        for (const file of walk(root, segments.slice(0, literalCount).join('/'), depth)) {
            if (matcher.test(file) && !exclude.some((e) => e.test(file)))
                found.add(file);
        }
    }
    return [...found].sort();
}
function* walk(root, dir, depth) {
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
            yield path;
        else if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git')
            yield* walk(root, path, depth - 1);
    }
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

// EXTERNAL MODULE: ./src/profile/load.ts + 4 modules
var load = __webpack_require__(3858);
// EXTERNAL MODULE: ./src/profile/resolve.ts + 1 modules
var resolve = __webpack_require__(7095);
// EXTERNAL MODULE: ./src/audit/rules.ts + 1 modules
var rules = __webpack_require__(5853);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const RULE_IDS = Object.keys(rules/* AUDIT_RULES */.y);
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
                        version: version/* ACTION_VERSION */.Y,
                        informationUri: 'https://github.com/lynn-sophia/lambda-h200-sync',
                        rules: RULE_IDS.map((id) => ({
                            id,
                            name: id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
                            shortDescription: { text: rules/* AUDIT_RULES */.y[id].description },
                            fullDescription: { text: rules/* AUDIT_RULES */.y[id].help },
                            help: { text: rules/* AUDIT_RULES */.y[id].help, markdown: rules/* AUDIT_RULES */.y[id].help },
                            defaultConfiguration: { level: rules/* AUDIT_RULES */.y[id].level },
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

;// CONCATENATED MODULE: ./src/modes/audit.ts







/**
 * Mode audit: reads workflow files and the config file, never secrets or ESC (safe on fork pull
 * requests). A file that does not parse is one error; the others are still audited.
 */
async function audit(settings, configSource, report, bundle) {
    const { profile, config, findings: configFindings } = (0,load/* loadProfile */.i)(settings.profile, configSource);
    const required = (entries) => entries.filter((e) => e.required).map((e) => e.secret);
    const files = expandGlobs(settings.workflows, process.cwd());
    const findings = await (0,parallel/* auditInParallel */.K)(files, {
        legacy: Object.fromEntries(Object.entries(profile.legacy).map(([name, replacement]) => [name.toUpperCase(), replacement])),
        required: required(profile.entries),
        // A step with profile: none needs only what the config file adds.
        requiredWithoutProfile: required((0,resolve/* resolveProfile */.m)('none', config).profile.entries),
        usesSelf: readsAsThisAction('action.yml'),
    }, bundle);
    const all = [...configFindings, ...findings];
    report.audited = files;
    report.outcomes = outcomes(files, all);
    if (!files.length)
        report.notices.push(`No workflow files matched ${settings.workflows.join(', ')}; nothing was audited.`);
    if (settings.sarifFile) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(settings.sarifFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(settings.sarifFile, `${JSON.stringify(sarifLog(all), null, 2)}\n`);
        report.notes.push(`SARIF written to ${settings.sarifFile}.`);
    }
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
function readsAsThisAction(path) {
    try {
        return /^name:\s*['"]?lambda-h200-sync['"]?\s*$/m.test((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ loadProfile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/util/closest.ts
/** The candidate nearest to `word` (case-insensitive edit distance), when it is near enough to be a likely typo. */
function closest(word, candidates) {
    const target = word.toLowerCase();
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(target, candidate.toLowerCase());
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    return best && best.distance <= Math.max(2, Math.floor(target.length / 3)) ? best.candidate : undefined;
}
/** Levenshtein distance, one row at a time. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/validate/rule-names.ts
/** Names a config entry's `rule` may take; each is defined in src/validate/rules.ts. */
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
    profile: schemas/* enum */.k5n(['lambda-h200', 'none']).optional(),
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
    const finding = (position, message) => ({
        check: 'config',
        severity: 'error',
        file: source.file,
        ...position,
        message: `${source.file}:${position.line}:${position.column}: ${message}`,
    });
    if (doc.errors.length) {
        return {
            findings: doc.errors.map((e) => finding(at(e.pos[0]), `not valid YAML: ${e.message.split('\n')[0]}`)),
            locate,
        };
    }
    const data = doc.toJS() ?? {};
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
function unknownKeyMessage(parent, key) {
    const allowed = parent.length === 0 ? TOP_LEVEL_KEYS : parent.length === 2 && parent[0] === 'secrets' ? ENTRY_KEYS : [];
    const guess = closest(key, allowed);
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
            const guess = typeof received === 'string' ? closest(received, issue.values.map(String)) : undefined;
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

// EXTERNAL MODULE: ./src/profile/resolve.ts + 1 modules
var resolve = __webpack_require__(7095);
;// CONCATENATED MODULE: ./src/profile/load.ts


/** The profile a run works with: the built-in one named by the input or the config file, with the config's entries. */
function loadProfile(profileInput, source) {
    const config = source ? { ...parseConfig(source), file: source.file } : undefined;
    const { profile, findings } = (0,resolve/* resolveProfile */.m)(profileInput, config);
    return { profile, ...(config ? { config } : {}), findings: [...(config?.findings ?? []), ...findings] };
}


/***/ }),

/***/ 7095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ resolveProfile)
});

// EXTERNAL MODULE: ./src/util/case.ts
var util_case = __webpack_require__(5630);
// EXTERNAL MODULE: ./src/validate/secret-name.ts
var secret_name = __webpack_require__(6218);
;// CONCATENATED MODULE: ./src/profile/lambda-h200.ts
const entry = (secret, key, rule, expected) => ({
    secret,
    path: `lambdaLabs.${key}`,
    env: secret,
    required: true,
    rule,
    ...(expected === undefined ? {} : { expected }),
});
/** The built-in `lambda-h200` profile: the ten H200 secrets of PRODUCT.md. */
const lambdaH200Profile = {
    name: 'lambda-h200',
    entries: [
        entry('LAMBDA_LABS_API_KEY', 'apiKey', 'api-key'),
        entry('LAMBDA_LABS_SSH_KEY_NAME', 'sshKeyName', 'ssh-key-name', 'lynn-sophia-h200-key'),
        entry('LAMBDA_LABS_SSH_PRIVATE_KEY', 'sshPrivateKey', 'ssh-private-key'),
        entry('LAMBDA_LABS_REGION', 'region', 'region', 'us-west-1'),
        entry('LAMBDA_LABS_INSTANCE_TYPE', 'instanceType', 'instance-type', 'gpu_1x_h200'),
        entry('LAMBDA_LABS_CLUSTER_SIZE', 'clusterSize', 'cluster-size', '3'),
        entry('LAMBDA_LABS_MAX_CLUSTER_SIZE', 'maxClusterSize', 'positive-integer', '16'),
        entry('LAMBDA_LABS_SHARED_FS_ID', 'sharedFsId', 'non-empty', 'lynn-sophia-shared-fs'),
        entry('LAMBDA_LABS_SHARED_FS_MOUNT', 'sharedFsMount', 'absolute-path', '/mnt/shared'),
        entry('LAMBDA_LABS_ASG_NAME', 'asgName', 'non-empty', 'lynn-sophia-h200-asg'),
    ],
    legacy: {
        LAMBDA_API_KEY: 'LAMBDA_LABS_API_KEY',
        LAMBDA_IP_ADDRESS: null,
        LAMBDA_SSH_PRIVATE_KEY: 'LAMBDA_LABS_SSH_PRIVATE_KEY',
    },
};
const emptyProfile = { name: 'none', entries: [], legacy: {} };
function builtinProfile(name) {
    return { 'lambda-h200': lambdaH200Profile, none: emptyProfile }[name];
}

;// CONCATENATED MODULE: ./src/profile/resolve.ts



/**
 * The built-in profile named by the input (or, when the input is left at its default, by the
 * config file), with the config file's entries added or overriding, and its legacy names added.
 */
function resolveProfile(profileInput, parsed) {
    const config = parsed?.config;
    const name = profileInput === 'lambda-h200' && config?.profile ? config.profile : profileInput;
    const base = builtinProfile(name);
    if (!base)
        throw new Error(`unknown profile ${name}`);
    const entries = base.entries.map((e) => ({ ...e }));
    const findings = [];
    const report = (check, at, secret, message) => {
        const position = parsed.locate(at);
        findings.push({
            check,
            severity: 'error',
            file: parsed.file,
            ...position,
            secret,
            message: `${parsed.file}:${position.line}:${position.column}: ${message}`,
        });
    };
    const problem = (key, field, message) => report('config', field ? ['secrets', key, field] : ['secrets', key], key, message);
    // Names the config file brings must be names GitHub can store, or the sync could never be fed.
    for (const [key, override] of Object.entries(config?.secrets ?? {})) {
        for (const [name, at] of [
            [key, ['secrets', key]],
            [override?.secret, ['secrets', key, 'secret']],
        ]) {
            const why = name === undefined ? undefined : (0,secret_name/* secretNameProblem */.n)(name);
            if (why)
                report('secret-name', [...at], key, `secret name "${name}" ${why}`);
        }
    }
    for (const [name, replacement] of Object.entries(config?.legacy ?? {})) {
        for (const [checked, at] of [
            [name, ['legacy', name]],
            [replacement, ['legacy', name]],
        ]) {
            const why = checked === null ? undefined : (0,secret_name/* secretNameProblem */.n)(checked);
            if (why)
                report('secret-name', [...at], name, `secret name "${checked}" ${why}`);
        }
    }
    for (const [key, override] of Object.entries(config?.secrets ?? {})) {
        const existing = entries.find((e) => e.secret.toUpperCase() === key.toUpperCase());
        if (existing) {
            applyOverride(existing, override ?? {});
        }
        else if (!override?.path) {
            problem(key, undefined, `secrets.${key} is not in the ${base.name} profile, so it needs a path (where in values it goes, e.g. path: myService.${(0,util_case/* camelCase */.x)(key)})`);
        }
        else {
            entries.push(applyOverride({ secret: key, path: override.path, env: key, required: true, rule: 'non-empty' }, override));
        }
    }
    const byPath = new Map();
    for (const entry of entries) {
        if (entry.path.split('.')[0] === 'environmentVariables') {
            problem(entry.secret, 'path', `secrets.${entry.secret}.path may not be under environmentVariables: the action writes the export there itself`);
        }
        const other = byPath.get(entry.path);
        if (other)
            problem(entry.secret, 'path', `secrets.${entry.secret}.path ${entry.path} is already the path of ${other}; each secret needs its own`);
        byPath.set(entry.path, entry.secret);
    }
    return { profile: { name: base.name, entries, legacy: { ...base.legacy, ...config?.legacy } }, findings };
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

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ camelCase)
/* harmony export */ });
/** LAMBDA_API_KEY → lambdaApiKey: how a secret name reads as an ESC key. */
const camelCase = (name) => name.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());


/***/ })

};
