export const id = 534;
export const ids = [534];
export const modules = {

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

// EXTERNAL MODULE: ./src/audit/parallel.ts + 10 modules
var parallel = __webpack_require__(4528);
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
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
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
    const findings = await (0,parallel.auditInParallel)(counted.length || settings.sarifFile ? files : [], {
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
        : `audit-scope changed: ${counted.length} of ${files.length} workflow files are changed by this pull request and count${untouched.length ? `; ${(0,plural/* plural */.L)(untouched.length, 'finding')} in files it does not change ${untouched.length === 1 ? 'is' : 'are'} in the SARIF file only` : ''}.`);
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


/***/ })

};
