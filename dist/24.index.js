export const id = 24;
export const ids = [24];
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

/***/ 4530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HR: () => (/* reexport */ HttpFailure),
  oP: () => (/* reexport */ credential/* acceptCredential */.o),
  jo: () => (/* reexport */ retry/* backoffMs */.jo),
  Du: () => (/* reexport */ retry/* formatWait */.Du),
  PS: () => (/* reexport */ retry/* isRetryableStatus */.PS),
  Lh: () => (/* reexport */ replyJson),
  Em: () => (/* reexport */ request),
  Vs: () => (/* reexport */ retry/* retryAfterMs */.Vs),
  Ui: () => (/* reexport */ untrustedText)
});

// UNUSED EXPORTS: BODY_LIMIT_BYTES, UNTRUSTED_TEXT_LIMIT, retryPolicy

// EXTERNAL MODULE: ./src/http/credential.ts
var credential = __webpack_require__(6191);
;// CONCATENATED MODULE: ./src/http/failure.ts
const RETRYABLE = new Set(['network', 'timeout', 'malformed']);
/** A redirect means the URL input points at the wrong place; a request that cannot be sent, at a bad input. */
const USERS_SETUP = new Set(['redirect', 'invalid-request']);
/** A request that failed before a usable answer arrived. The message names the host and what was being done, never a body. */
class HttpFailure extends Error {
    kind;
    name = 'HttpFailure';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
    /** True when the same request may succeed if sent again (for a write: it may also have been applied). */
    get retryable() {
        return RETRYABLE.has(this.kind);
    }
    /** Whose fault it is: the user's setup (a URL that redirects, a request that cannot be sent), else the service's or the network's. */
    get failureKind() {
        return USERS_SETUP.has(this.kind) ? 'setup' : 'service';
    }
}

// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/http/untrusted.ts

/** Longest piece of server text quoted in a message: a sentence, not an error page. */
const UNTRUSTED_TEXT_LIMIT = 300;
/**
 * The one function every piece of text from outside (a server's error message or diagnostic, a
 * header, a redirect's target) goes through before it reaches a log line, an error, the report or
 * a comment. It masks known secret values, folds line breaks and control characters into spaces
 * (so the text cannot start a line of its own), breaks `::` where a line could start with it and
 * every `##[` (the runner reads `::cmd::` at the start of a line and the older `##[cmd]` anywhere in
 * one; `fn::secret` is left readable) and keeps at most `limit` characters.
 */
function untrustedText(text, limit = UNTRUSTED_TEXT_LIMIT) {
    const flat = (0,mask/* redact */.E)(text)
        // Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
        .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
        .replace(/(^|\s)::/g, '$1: :')
        .replace(/##\[/g, '# #[')
        .trim();
    const chars = [...flat];
    return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : flat;
}

;// CONCATENATED MODULE: ./src/http/request.ts


/** Largest body read from any server; more is refused, never buffered. */
const BODY_LIMIT_BYTES = 10 * 1024 * 1024;
/**
 * The one way this action talks HTTP (ESC, Lambda Cloud, GitHub). Every request carries a
 * credential or a document, so:
 * - a redirect is never followed: it fails naming where it pointed (`redirect`);
 * - the body is read within the same time limit as the headers, and with a cap while streaming
 *   (`too-large`), so a stalled or endless body cannot hang the step or exhaust memory;
 * - a connection that breaks mid-body is a `network` failure, retryable like any other;
 * - header values are checked before sending, so a malformed credential is never echoed by fetch.
 * Throws HttpFailure; its messages name the host and `what`, never a body or a header value.
 */
async function request(req) {
    const url = new URL(req.url);
    checkHeaders(req);
    const remaining = req.deadline - Date.now();
    if (remaining < 1)
        throw new HttpFailure('out-of-time', `The step's timeout ran out before ${req.what} could start (${url.host}).`);
    // Whole milliseconds: AbortSignal.timeout refuses a fraction (a deadline may carry one).
    const limitMs = Math.floor(Math.min(remaining, req.timeoutMs ?? Infinity));
    const outOfTime = remaining <= (req.timeoutMs ?? Infinity);
    let answered = false;
    try {
        const response = await fetch(url, {
            method: req.method,
            headers: req.headers,
            body: req.body,
            redirect: 'manual',
            signal: AbortSignal.timeout(limitMs),
        });
        answered = true;
        if (isRedirect(response.status)) {
            await response.body?.cancel().catch(() => undefined);
            throw redirectFailure(req, url, response);
        }
        const text = await readCapped(response, req.maxBodyBytes ?? BODY_LIMIT_BYTES, req.what, url.host);
        return {
            status: response.status,
            ok: response.ok,
            headers: response.headers,
            text,
            host: url.host,
            what: req.what,
        };
    }
    catch (error) {
        if (error instanceof HttpFailure)
            throw error;
        throw transportFailure(error, { req, host: url.host, answered, limitMs, outOfTime });
    }
}
/** Parses a success body as JSON; a body that is not JSON is `malformed`, described by its size, never quoted. */
function replyJson(reply) {
    try {
        return JSON.parse(reply.text);
    }
    catch {
        throw new HttpFailure('malformed', `${reply.host} answered ${reply.what} with a body that is not JSON (${Buffer.byteLength(reply.text)} bytes, ${untrustedText(reply.headers.get('content-type') ?? 'no content type', 80)}).`);
    }
}
const isRedirect = (status) => status >= 300 && status < 400 && status !== 304;
function redirectFailure(req, url, response) {
    const location = response.headers.get('location');
    let target;
    try {
        target = location ? new URL(location, url) : undefined;
    }
    catch {
        target = undefined;
    }
    const notFollowed = `the action never follows a redirect with a credential or a document, so nothing was sent there`;
    if (!target) {
        return new HttpFailure('redirect', `${url.host} answered ${req.what} with a redirect (${response.status}) without a usable target; ${notFollowed}.`);
    }
    const origin = untrustedText(target.origin, 200);
    const sameHost = target.hostname === url.hostname;
    const advice = sameHost && req.urlInput
        ? ` It stays on ${url.hostname}: if ${origin} is the service's address, set ${req.urlInput} to it (the action does not take the address from a redirect, since its sender chooses it).`
        : req.urlInput
            ? ` Check ${req.urlInput}.`
            : '';
    return new HttpFailure('redirect', `${url.host} answered ${req.what} with a redirect (${response.status}) to ${origin}; ${notFollowed}.${advice}`);
}
/** Reads the body chunk by chunk, giving up as soon as it passes the cap (a Content-Length over it is refused unread). */
async function readCapped(response, cap, what, host) {
    const tooLarge = () => new HttpFailure('too-large', `${host} answered ${what} with a body over ${Math.round(cap / 1024 / 1024)} MB; refused without reading it all.`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > cap) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge();
    }
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > cap) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(value);
    }
    return new TextDecoder().decode(Buffer.concat(chunks));
}
function transportFailure(error, { req, host, answered, limitMs, outOfTime }) {
    const name = error.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
        const stalled = answered ? `stopped sending its answer to ${req.what}` : `did not answer ${req.what}`;
        return outOfTime
            ? new HttpFailure('out-of-time', `${host} ${stalled} before the step's timeout ran out.`)
            : new HttpFailure('timeout', `${host} ${stalled} within ${(limitMs / 1000).toFixed(1)} s.`);
    }
    const cause = error.cause;
    const detail = untrustedText(String(cause?.code ?? cause?.message ?? error.message ?? error), 120);
    return new HttpFailure('network', answered
        ? `The connection to ${host} broke while it was answering ${req.what} (${detail}).`
        : `Could not reach ${host} for ${req.what} (${detail}).`);
}
/** HTTP header values are visible ASCII, spaces and tabs: anything else would make fetch throw with the value in its message. */
function checkHeaders(req) {
    for (const [name, value] of Object.entries(req.headers ?? {})) {
        if (/[^\t\x20-\x7e]/.test(value)) {
            throw new HttpFailure('invalid-request', `The ${name} header of the request for ${req.what} holds characters an HTTP header cannot carry (a line break or a control character); nothing was sent.`);
        }
    }
}

// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/http/index.ts
/**
 * The guarded HTTP layer every client uses (ESC, Lambda Cloud, GitHub):
 * - `request()` sends one request: no redirect followed, body capped at BODY_LIMIT_BYTES while
 *   streaming, the body read within the per-request `timeoutMs`, nothing past `deadline`; it throws
 *   HttpFailure, whose `retryable` says whether a read may be tried again (a write: may have landed).
 * - `replyJson()` parses a success body; a body that is not JSON is a retryable `malformed` failure
 *   that never quotes the body.
 * - `untrustedText()` is the one way server text (error messages, diagnostics, headers) reaches a
 *   message: values masked, no line breaks, no workflow commands, length capped.
 * - `acceptCredential()` masks a token (every line of it) and refuses control characters before any request.
 * - `retryPolicy()`, `backoffMs()`, `retryAfterMs()`, `isRetryableStatus()`: when to try a read again,
 *   scaled to the step's timeout (429 and 5xx, and every HttpFailure whose `retryable` is true).
 */







/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ formatWait),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
function retryPolicy(timeoutSeconds) {
    const timeoutMs = timeoutSeconds * 1000;
    return {
        attempts: 5,
        baseDelayMs: clamp(timeoutMs / 120, 10, 1000),
        conflictBaseDelayMs: 100,
        maxDelayMs: 30_000,
        requestTimeoutMs: clamp(timeoutMs / 4, 250, 30_000),
    };
}
/** Exponential backoff with full jitter around the doubling delay (0.5× to 1.5×). */
function backoffMs(policy, retry, random = Math.random) {
    return Math.round(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry) * (0.5 + random()));
}
/** A Retry-After header in seconds or as an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    if (!header)
        return undefined;
    if (/^\d+$/.test(header.trim()))
        return Number(header.trim()) * 1000;
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** 429 and 5xx: the service may answer differently next time. */
const isRetryableStatus = (status) => status === 429 || status >= 500;
const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
/** A wait as the log says it: milliseconds below a second, else seconds. */
const formatWait = (ms) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);


/***/ }),

/***/ 6024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncOrPlan: () => (/* binding */ syncOrPlan)
});

// UNUSED EXPORTS: managedSecrets

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(3491);
// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(1132);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http/index.ts + 3 modules
var http = __webpack_require__(4530);
// EXTERNAL MODULE: ./src/util/plural.ts
var plural = __webpack_require__(1976);
;// CONCATENATED MODULE: ./src/esc/environment-ref.ts


const formatRef = (ref) => `${ref.org}/${ref.project}/${ref.env}`;
const NAME = /^[A-Za-z0-9._-]+$/;
const RESERVED = new Set(['.', '..', 'open', 'yaml']);
/** `org/project/env`, or `org/env` for project `default`; names as ESC allows them, checked before any request. */
function parseEnvironmentRef(text) {
    const parts = text.split('/');
    if (parts.length !== 2 && parts.length !== 3) {
        throw new errors/* ConfigurationError */.j1(`ESC environment "${text}" must be org/project/env (or org/env for project default); it has ${(0,plural/* plural */.L)(parts.length, 'part')}.`);
    }
    const [org, project, env] = parts.length === 3 ? parts : [parts[0], 'default', parts[1]];
    for (const [role, name] of [
        ['organization', org],
        ['project', project],
        ['environment', env],
    ]) {
        const problem = nameProblem(name);
        if (problem)
            throw new errors/* ConfigurationError */.j1(`ESC environment "${text}": the ${role} name ${problem}.`);
    }
    return { org, project, env };
}
function nameProblem(name) {
    if (!name)
        return 'is empty';
    if (name.length > 100)
        return `is ${name.length} characters long; at most 100 are allowed`;
    if (!NAME.test(name))
        return `"${name}" may hold only letters, digits, ".", "_" and "-"`;
    if (RESERVED.has(name))
        return `"${name}" is reserved by ESC`;
    return undefined;
}
/** Pulumi's own API origin; a self-hosted Pulumi Cloud has its console elsewhere, so it gets no link. */
const PULUMI_CLOUD_API = 'https://api.pulumi.com';
/** The environment's page in the Pulumi Cloud console, when cloud-url is Pulumi's own; else undefined. */
function consoleUrl(cloudUrl, ref) {
    if (cloudUrl !== PULUMI_CLOUD_API)
        return undefined;
    return `https://app.pulumi.com/${[ref.org, 'esc', ref.project, ref.env].map(encodeURIComponent).join('/')}`;
}

;// CONCATENATED MODULE: ./src/esc/errors.ts



const ACTIVITY = {
    read: 'reading',
    decrypt: 'reading (decrypted)',
    encrypt: 'encrypting values for',
    create: 'creating',
    update: 'writing',
    open: 'opening',
    'read-opened': 'reading the opened values of',
    'exchange-oidc': 'exchanging the GitHub OIDC token for',
};
const PERMISSION = {
    read: 'read',
    decrypt: 'open',
    encrypt: 'write',
    create: 'write',
    update: 'write',
    open: 'open',
    'read-opened': 'open',
    'exchange-oidc': 'a trust policy for this repository',
};
/**
 * An ESC request that failed; the message says what was tried, what came back and what to do.
 * Refused as malformed, unauthenticated, forbidden or not found: the user's setup; otherwise
 * (429, 5xx, no answer, out of time) the service's.
 */
class EscApiError extends errors/* KnownFailure */.A8 {
    status;
    outOfTime;
    diagnostics;
    name = 'EscApiError';
    constructor(message, status, requestId, 
    /** True when the step's own timeout ran out: trying again within this step cannot help. */
    outOfTime = false, kind = (0,errors/* httpFailureKind */.lt)(status), 
    /** What a 400 said was wrong, for the caller to say in its own terms; the server's, untrusted. */
    diagnostics = []) {
        super(message, kind, requestId);
        this.status = status;
        this.outOfTime = outOfTime;
        this.diagnostics = diagnostics;
    }
}
function describeFailure(status, bodyText, requestId, ctx) {
    const target = targetOf(ctx);
    const doing = describeActivity(ctx);
    const body = parseBody(bodyText);
    const said = body.message ? `: ${body.message}` : '';
    const idNote = requestId ? ` (request id ${requestId})` : '';
    switch (status) {
        case 400:
            return new EscApiError(`ESC rejected the request while ${doing} (400)${formatDiagnostics(body.diagnostics) || said}`, status, requestId, false, undefined, body.diagnostics ?? []);
        case 401:
            return new EscApiError(`Pulumi Cloud refused the access token while ${doing} (401): the token is missing, expired or wrong. It came from ${ctx.tokenSource}.`, status, requestId);
        case 403:
            return new EscApiError(`The access token may not do this while ${doing} (403): it needs the ${PERMISSION[ctx.operation]} permission${ctx.ref ? ` on ${formatRef(ctx.ref)}` : ''}.`, status, requestId);
        case 404:
            return new EscApiError(ctx.ref
                ? `${target} was not found while ${ACTIVITY[ctx.operation]} it (404): organization "${ctx.ref.org}", project "${ctx.ref.project}", environment "${ctx.ref.env}". A token without access to it gets 404 too, so check the names and the token's team access.`
                : `Pulumi Cloud answered 404 while ${doing}${said}; check cloud-url.`, status, requestId);
        default:
            return new EscApiError(`Pulumi Cloud answered ${status} while ${doing}${said}${idNote}.`, status, requestId);
    }
}
/** What the client was doing, for messages: "reading (decrypted) ESC environment org/project/env". */
const describeActivity = (ctx) => `${ACTIVITY[ctx.operation]} ${targetOf(ctx)}`;
const targetOf = (ctx) => ctx.ref ? `ESC environment ${formatRef(ctx.ref)}` : 'Pulumi Cloud';
/** The message and diagnostics of an error body, every string through untrustedText; a body that is not JSON is the message. */
function parseBody(text) {
    try {
        const parsed = JSON.parse(text);
        const message = [parsed.message, parsed.error_description, parsed.error].find((m) => typeof m === 'string');
        return {
            ...(message ? { message: (0,http/* untrustedText */.Ui)(message) } : {}),
            ...(Array.isArray(parsed.diagnostics) ? { diagnostics: parsed.diagnostics } : {}),
        };
    }
    catch {
        return text.trim() ? { message: (0,http/* untrustedText */.Ui)(text) } : {};
    }
}
/** Why a secret's plaintext was refused, said wherever the service says so. */
const REFERENCE_HINT = 'a secret written as plaintext may not hold `${` (ESC reads it as a reference, and escaping it would change the value); such a value must be stored as ciphertext';
/** One line per diagnostic, with the secret a path belongs to when `secretAt` knows it. */
function formatDiagnostics(diagnostics, secretAt = () => undefined) {
    if (!diagnostics?.length)
        return '';
    // At most ten: the rest are counted. Every string is the server's: through untrustedText, numbers checked.
    const lines = diagnostics.slice(0, 10).map((d) => {
        const line = Number(d?.range?.begin?.line);
        const column = Number(d?.range?.begin?.column);
        const where = [
            typeof d?.path === 'string' ? (0,http/* untrustedText */.Ui)(d.path, 100) : undefined,
            Number.isInteger(line) && line > 0
                ? `line ${line}:${Number.isInteger(column) && column > 0 ? column : 1}`
                : undefined,
        ]
            .filter(Boolean)
            .join(', ');
        const summary = typeof d?.summary === 'string' ? (0,http/* untrustedText */.Ui)(d.summary) : 'invalid document';
        const detail = typeof d?.detail === 'string' ? ` (${(0,http/* untrustedText */.Ui)(d.detail)})` : '';
        const secret = typeof d?.path === 'string' ? secretAt(d.path) : undefined;
        const hint = d?.summary === 'secret values must be string literals' ? `; ${REFERENCE_HINT}` : '';
        return `- ${summary}${detail}${where ? ` at ${where}` : ''}${secret ? `: ${secret}` : ''}${hint}`;
    });
    if (diagnostics.length > 10)
        lines.push(`- and ${diagnostics.length - 10} more`);
    return `:\n${lines.join('\n')}`;
}

;// CONCATENATED MODULE: ./src/esc/auth.ts



/** The input's token, else PULUMI_ACCESS_TOKEN, else a GitHub OIDC token exchanged for a Pulumi one. */
async function resolveAccessToken(settings, ref, deps) {
    if (settings.accessToken) {
        return {
            value: settings.accessToken.value,
            source: settings.accessToken.source === 'input'
                ? 'the pulumi-access-token input'
                : 'the PULUMI_ACCESS_TOKEN environment variable',
        };
    }
    const audience = `urn:pulumi:org:${ref.org}`;
    let idToken;
    try {
        idToken = await deps.getIdToken(audience);
    }
    catch {
        throw new errors/* ConfigurationError */.j1('No Pulumi access token: set the pulumi-access-token input (or PULUMI_ACCESS_TOKEN), or give the job `permissions: id-token: write` so the action can use OIDC (not available on pull requests from forks).');
    }
    let reply;
    let value;
    try {
        reply = await (0,http/* request */.Em)({
            method: 'POST',
            url: `${settings.cloudUrl}/api/oauth/token`,
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({
                audience,
                grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
                subject_token_type: 'urn:ietf:params:oauth:token-type:id_token',
                requested_token_type: `urn:pulumi:token-type:access_token:${settings.oidc.requestedTokenType}`,
                subject_token: idToken,
                ...(settings.oidc.scope ? { scope: settings.oidc.scope } : {}),
                ...(settings.oidc.expirationSeconds ? { expiration: settings.oidc.expirationSeconds } : {}),
            }),
            what: describeActivity({ operation: 'exchange-oidc' }),
            deadline: deps.deadline,
            urlInput: 'cloud-url',
        });
        if (reply.ok)
            value = (0,http/* replyJson */.Lh)(reply)?.access_token;
    }
    catch (error) {
        if (error instanceof http/* HttpFailure */.HR)
            throw new EscApiError(error.message, undefined, undefined, error.kind === 'out-of-time', error.failureKind);
        throw error;
    }
    if (!reply.ok) {
        const requestId = reply.headers.get('x-pulumi-request-id');
        throw describeFailure(reply.status, reply.text, requestId ? (0,http/* untrustedText */.Ui)(requestId, 80) : undefined, {
            operation: 'exchange-oidc',
            tokenSource: `the OIDC exchange for ${audience}`,
        });
    }
    if (typeof value !== 'string' || !value)
        throw new errors/* ServiceError */._7(`Pulumi Cloud's OIDC exchange for ${audience} answered without an access token.`);
    (0,http/* acceptCredential */.oP)(value, `Pulumi Cloud's OIDC exchange for ${audience}`, deps.mask);
    return {
        value,
        source: `the OIDC exchange for ${audience} (requested token type ${settings.oidc.requestedTokenType})`,
    };
}

// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(8902);
;// CONCATENATED MODULE: ./src/esc/client.ts




/** A request that failed without a usable answer, or with a status worth trying again. */
class TransientFailure extends Error {
    status;
    retryAfter;
    error;
    constructor(message, status, retryAfter, error) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
        this.error = error;
    }
}
/**
 * A small typed client for the ESC routes this action uses (esc-api.md), over the guarded HTTP
 * layer (src/http). Pulumi's SDK is not used: it drops the port of a base URL, has no etag support
 * and brings axios. Reads are retried on 429, 5xx, network and body errors; a write never is (see
 * UpdateResult).
 */
class EscClient {
    options;
    constructor(options) {
        this.options = options;
    }
    /**
     * The decrypted definition, or undefined when the environment does not exist (or is hidden). A
     * 200 without an ETag, or with a JSON or HTML body, is not a definition (a gateway's page, say):
     * a failed read, retried, never a document to edit and write back without its etag.
     */
    async readDecrypted(ref) {
        const reply = await this.read('decrypt', ref, 'GET', `${envPath(ref)}/decrypt`, {
            accept: [404],
            check: definitionProblem,
        });
        if (reply.status === 404)
            return undefined;
        return {
            yaml: reply.text,
            etag: reply.headers.get('etag'),
            revision: Number(reply.headers.get('pulumi-esc-revision') ?? 0),
        };
    }
    /**
     * The definition as stored: secrets as the ciphertext blocks they are, so that what is sent back
     * unchanged stays ciphertext. Undefined when the environment does not exist (or is hidden).
     */
    async readDefinition(ref) {
        const reply = await this.read('read', ref, 'GET', envPath(ref), { accept: [404], check: definitionProblem });
        if (reply.status === 404)
            return undefined;
        return {
            yaml: reply.text,
            etag: reply.headers.get('etag'),
            revision: Number(reply.headers.get('pulumi-esc-revision') ?? 0),
        };
    }
    /**
     * Ciphertexts of `plaintexts`, in the same order, for `fn::secret: {ciphertext: …}` blocks of this
     * environment; undefined when the service has no such route (404 or 405 on an environment that
     * exists). Safe to repeat: it stores nothing.
     */
    async encryptSecrets(ref, plaintexts) {
        const reply = await this.read('encrypt', ref, 'POST', `${envPath(ref)}/encrypt-secrets`, {
            json: { plaintexts },
            accept: [404, 405],
            check: (answer) => {
                const { ciphertexts } = jsonOf(answer);
                const complete = Array.isArray(ciphertexts) &&
                    ciphertexts.length === plaintexts.length &&
                    ciphertexts.every((c) => typeof c === 'string' && c !== '');
                return complete ? undefined : 'no ciphertext for each value';
            },
        });
        if (reply.status === 404 || reply.status === 405)
            return undefined;
        return jsonOf(reply).ciphertexts;
    }
    /**
     * Creates an empty environment. One that already exists (409: another run, or an earlier try of
     * this one, was first) is fine, which makes a create safe to try again like a read.
     */
    async create(ref) {
        await this.read('create', ref, 'POST', `/api/esc/environments/${seg(ref.org)}`, {
            json: { project: ref.project, name: ref.env },
            accept: [409],
        });
    }
    /** Replaces the definition, guarded by the etag read before; a stale etag is a conflict (409, or 412). */
    async update(ref, yaml, etag) {
        // Without the etag the service would take the document as is, over whatever another writer stored.
        if (!etag)
            throw new Error(`Refusing to write ESC environment ${formatRef(ref)} without the etag of a read.`);
        let reply;
        try {
            reply = await this.once('update', ref, 'PATCH', envPath(ref), {
                yaml,
                headers: { ETag: etag },
                accept: [409, 412],
            });
        }
        catch (error) {
            if (error instanceof TransientFailure)
                return { outcome: 'ambiguous', reason: error.message };
            throw error;
        }
        if (reply.status === 409 || reply.status === 412)
            return { outcome: 'conflict' };
        const revision = Number(reply.headers.get('pulumi-esc-revision'));
        return { outcome: 'written', ...(Number.isInteger(revision) && revision > 0 ? { revision } : {}) };
    }
    /** Opens the environment (evaluates it) and returns its values. Two requests: open, then read. */
    async openValues(ref) {
        const opened = await this.read('open', ref, 'POST', `${envPath(ref)}/open?duration=5m`, {
            check: (reply) => (typeof jsonOf(reply).id === 'string' ? undefined : 'no session id'),
        });
        const { id } = jsonOf(opened);
        const read = await this.read('read-opened', ref, 'GET', `${envPath(ref)}/open/${seg(id)}`, {
            check: (reply) => (isObject(jsonOf(reply)) ? undefined : 'not a JSON object'),
        });
        const { properties } = jsonOf(read);
        return isObject(properties) ? properties : {};
    }
    /** A request that is safe to repeat, tried again on 429, 5xx, network and body errors, honouring Retry-After. */
    async read(operation, ref, method, path, options) {
        const { retry, deadline } = this.options;
        for (let attempt = 1;; attempt++) {
            try {
                return await this.once(operation, ref, method, path, options);
            }
            catch (error) {
                if (!(error instanceof TransientFailure))
                    throw error;
                // Retry-After is honoured, but never beyond the cap, and only while the step's timeout allows.
                const delay = Math.min(error.retryAfter ?? (0,http_retry/* backoffMs */.jo)(retry, attempt - 1), retry.maxDelayMs);
                const outOfTime = Date.now() + delay >= deadline;
                if (attempt >= retry.attempts || outOfTime) {
                    const why = attempt >= retry.attempts
                        ? `after ${attempt} tries`
                        : error.retryAfter !== undefined
                            ? `and asked to wait ${Math.ceil(error.retryAfter / 1000)} s, more than the step's timeout leaves`
                            : "and the step's timeout leaves no time to try again";
                    throw error.error
                        ? new EscApiError(`${error.error.message.replace(/\.$/, '')} (${why}).`, error.status, error.error.requestId)
                        : new EscApiError(`${error.message.replace(/\.$/, '')} (${why}).`, undefined, undefined);
                }
                this.options.logger?.info(`${error.message.replace(/\.$/, '')}; trying again in ${(0,http_retry/* formatWait */.Du)(delay)} (try ${attempt + 1} of ${retry.attempts}).`);
                await new Promise((resolve) => setTimeout(resolve, delay));
            }
        }
    }
    /** One request. Throws TransientFailure for what may pass, EscApiError for what will not. */
    async once(operation, ref, method, path, options) {
        const headers = {
            Authorization: `token ${this.options.token}`,
            Accept: 'application/vnd.pulumi+8',
            'User-Agent': this.options.userAgent,
            ...options.headers,
        };
        let body;
        if (options.json !== undefined) {
            headers['Content-Type'] = 'application/json';
            body = JSON.stringify(options.json);
        }
        else if (options.yaml !== undefined) {
            headers['Content-Type'] = 'application/x-yaml';
            body = options.yaml;
        }
        let reply;
        try {
            reply = await (0,http/* request */.Em)({
                method,
                url: `${this.options.cloudUrl}${path}`,
                headers,
                body,
                what: describeActivity({ operation, ref }),
                deadline: this.options.deadline,
                timeoutMs: this.options.retry.requestTimeoutMs,
                urlInput: 'cloud-url',
            });
            const problem = reply.ok ? options.check?.(reply) : undefined;
            if (problem)
                throw new http/* HttpFailure */.HR('malformed', `${reply.host} answered ${reply.what} with ${problem}.`);
        }
        catch (error) {
            if (error instanceof http/* HttpFailure */.HR) {
                if (error.retryable)
                    throw new TransientFailure(error.message);
                throw new EscApiError(error.message, undefined, undefined, error.kind === 'out-of-time', error.failureKind);
            }
            throw error;
        }
        if (reply.ok || options.accept?.includes(reply.status))
            return reply;
        const requestId = reply.headers.get('x-pulumi-request-id');
        const failure = describeFailure(reply.status, reply.text, requestId ? (0,http/* untrustedText */.Ui)(requestId, 80) : undefined, {
            operation,
            ref,
            tokenSource: this.options.tokenSource,
        });
        if ((0,http_retry/* isRetryableStatus */.PS)(reply.status)) {
            throw new TransientFailure(failure.message, reply.status, (0,http_retry/* retryAfterMs */.Vs)(reply.headers.get('retry-after')), failure);
        }
        throw failure;
    }
}
/** Why a 200 from a definition route is not a definition, or undefined when it is one. */
function definitionProblem(reply) {
    if (reply.status !== 200)
        return undefined;
    const type = reply.headers.get('content-type') ?? '';
    if (/json|html/i.test(type))
        return `a ${(0,http/* untrustedText */.Ui)(type.split(';')[0], 60)} page instead of a YAML definition`;
    if (!reply.headers.get('etag'))
        return 'a definition without an ETag, which the next write must carry';
    return undefined;
}
/** A JSON body whose shape `check` already accepted; JSON.parse's own message is never used (it quotes the body). */
const jsonOf = (reply) => (0,http/* replyJson */.Lh)(reply);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const seg = encodeURIComponent;
const envPath = (ref) => `/api/esc/environments/${seg(ref.org)}/${seg(ref.project)}/${seg(ref.env)}`;

// EXTERNAL MODULE: ./src/changes.ts
var src_changes = __webpack_require__(4582);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/case.ts
var util_case = __webpack_require__(5630);
;// CONCATENATED MODULE: ./src/esc/interpolation.ts
/**
 * True when ESC reads a property reference in `text`: a `${` not escaped by a preceding `$$`
 * (esc-api.md, from pulumi/esc ast/interpolation.go). A plaintext `fn::secret` holding one is not a
 * string literal and is refused, and escaping it would change the value, since a secret's raw text
 * is what is encrypted: such a value can only be written as ciphertext.
 */
function holdsReference(text) {
    for (let i = 0; i < text.length;) {
        if (text.startsWith('$$', i))
            i += 2;
        else if (text.startsWith('${', i))
            return true;
        else
            i += 1;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/esc/document.ts




/**
 * Compares the managed paths with the decrypted view of the environment and, given a target,
 * edits the target definition in place: sets only the paths that differ and leaves every other key,
 * import, comment, the key order, and every secret as it was (unmanaged and unchanged ones stay
 * the ciphertext they are). Values become explicit double-quoted `fn::secret` strings, never parsed
 * as YAML, so they round-trip byte for byte; a value ESC would read a reference in becomes the
 * target's ciphertext for it, never an escaped string.
 */
function planDocument(decrypted, managed, legacy = { names: [], prune: false }, target) {
    const view = editable(parseDefinition(decrypted));
    const edited = target && editable(parseDefinition(target.definition));
    const legacyFound = findLegacyKeys(view.values, managed, legacy.names);
    const plaintextSecrets = holdsSecrets(view.values);
    const replacedExports = [];
    const changes = managed.map((item) => {
        const valueChanged = secretChange(view, item);
        const exportState = exportStateOf(view.exports, item);
        if (edited && valueChanged)
            setSecret(edited, item, target.ciphertexts.get(item.secret));
        if (edited && exportState !== 'set')
            edited.exports.set(item.env, exportExpression(item.path));
        if (exportState === 'other')
            replacedExports.push(item.env);
        // A value new at its path whose export was already there (hand-written) updates that export.
        const action = valueChanged === 'add' && exportState === 'other'
            ? 'update'
            : (valueChanged ?? (exportState === 'set' ? 'unchanged' : 'update'));
        return { secret: item.secret, path: item.path, exportPath: `environmentVariables.${item.env}`, action };
    });
    if (legacy.prune) {
        for (const key of legacyFound) {
            edited?.values.deleteIn(key.path.split('.'));
            changes.push({ secret: key.secret, path: key.path, action: 'remove' });
        }
    }
    const changed = changes.some((c) => c.action !== 'unchanged');
    return {
        changes,
        legacyFound,
        changed,
        plaintextSecrets,
        replacedExports,
        ...(changed && edited ? { yaml: edited.doc.toString({ lineWidth: 0 }) } : {}),
    };
}
function editable(doc) {
    const values = childMap(doc, rootMap(doc), 'values', 'values');
    return { doc, values, exports: childMap(doc, values, 'environmentVariables', 'values.environmentVariables') };
}
/** Whether any `fn::secret` sits under `values` (in the decrypted view, those show plaintext). */
function holdsSecrets(node) {
    if ((0,dist/* isMap */.jh)(node))
        return isSecretMap(node) || node.items.some((pair) => holdsSecrets(pair.value));
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.some(holdsSecrets);
    return false;
}
/**
 * Where a legacy name may have been stored: as an export (environmentVariables.NAME), at the top of
 * values, or beside the managed keys (lambdaLabs.NAME), by its own name or in camelCase
 * (LAMBDA_API_KEY → lambdaApiKey).
 */
function findLegacyKeys(values, managed, names) {
    const parents = [
        '',
        'environmentVariables',
        ...new Set(managed.map((m) => m.path.split('.').slice(0, -1).join('.')).filter(Boolean)),
    ];
    return names.flatMap((secret) => parents.flatMap((parent) => {
        const parentNode = parent ? values.getIn(parent.split('.'), true) : values;
        if (!(0,dist/* isMap */.jh)(parentNode))
            return [];
        const spellings = parent === 'environmentVariables' ? [secret] : [secret, (0,util_case/* camelCase */.x)(secret)];
        return parentNode.items
            .map((pair) => ((0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : ''))
            .filter((key) => spellings.some((s) => s.toLowerCase() === key.toLowerCase()))
            .map((key) => ({ secret, path: parent ? `${parent}.${key}` : key }));
    }));
}
/** The interpolation that exports a managed path as an environment variable. */
const exportExpression = (path) => `\${${path}}`;
function parseDefinition(definition) {
    const lines = new dist/* LineCounter */.HN();
    // yaml's own duplicate-key check compares each key with every earlier one: quadratic in a mapping's
    // size (16,000 keys took seconds). Duplicates are still refused, found in one pass below.
    const doc = (0,dist/* parseDocument */.Tp)(definition, { prettyErrors: false, lineCounter: lines, uniqueKeys: false });
    const error = doc.errors[0] ?? firstDuplicateKey(doc);
    if (error) {
        const { line, col } = lines.linePos(error.pos[0]);
        // The code and position only: the parser's message can quote the text, and this text holds decrypted secrets.
        throw new errors/* ConfigurationError */.j1(`The ESC environment's definition does not parse as YAML (line ${line}, column ${col}: ${error.code}); refusing to write. Fix it in Pulumi Cloud first.`);
    }
    return doc;
}
/**
 * The first scalar key repeated in its mapping, as the error yaml would have reported, in one pass:
 * a definition with a duplicate key would be misread (which of the two does ESC take?), so it is refused.
 */
function firstDuplicateKey(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const { key } of map.items) {
                if (!(0,dist/* isScalar */.jn)(key))
                    continue;
                const id = `${typeof key.value}:${String(key.value)}`;
                if (seen.has(id)) {
                    const at = key.range?.[0] ?? 0;
                    found = { pos: [at, at + 1], code: 'DUPLICATE_KEY' };
                    return dist/* visit */.YR.BREAK;
                }
                seen.add(id);
            }
            return undefined;
        },
    });
    return found;
}
function rootMap(doc) {
    if (isNullish(doc.contents))
        doc.contents = new dist/* YAMLMap */.CA();
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        throw new errors/* ConfigurationError */.j1(`The ESC environment's definition is not a mapping at the top level; refusing to write.`);
    }
    return doc.contents;
}
/** The mapping under `key`, created when absent; anything else there is refused rather than overwritten. */
function childMap(doc, parent, key, where) {
    const node = parent.get(key, true);
    if (isNullish(node)) {
        const created = doc.createNode({});
        parent.set(key, created);
        return created;
    }
    if (!(0,dist/* isMap */.jh)(node)) {
        throw new errors/* ConfigurationError */.j1(`ESC path ${where} holds ${describeNode(node, doc)} where a mapping is needed; refusing to write so nothing there is lost.`);
    }
    return node;
}
/** 'add' or 'update' when values.<path> does not hold the secret yet, undefined when it does. */
function secretChange({ doc, values }, item) {
    const current = leafParent(doc, values, item).get(leafKey(item), true);
    if (isNullish(current))
        return 'add';
    if (secretString(current) === item.value)
        return undefined;
    // A scalar (a value written by hand) or a secret is replaced; anything else would be lost.
    if (!(0,dist/* isScalar */.jn)(current) && !((0,dist/* isMap */.jh)(current) && isSecretMap(current))) {
        throw new errors/* ConfigurationError */.j1(`ESC path values.${item.path} (for ${item.secret}) holds ${describeNode(current, doc)} where a secret string is expected; refusing to write so nothing there is lost.`);
    }
    return 'update';
}
function setSecret({ doc, values }, item, ciphertext) {
    leafParent(doc, values, item).set(leafKey(item), secretNode(doc, item, ciphertext));
}
const leafKey = (item) => item.path.split('.').at(-1);
/** The mapping that holds values.<path>'s last key, its parents created when absent. */
function leafParent(doc, values, item) {
    const keys = item.path.split('.').slice(0, -1);
    let parent = values;
    keys.forEach((key, i) => {
        parent = childMap(doc, parent, key, `values.${keys.slice(0, i + 1).join('.')}`);
    });
    return parent;
}
/** `set`: the export is ours; `absent`: nothing there; `other`: something else, written by hand, that the edit replaces. */
function exportStateOf(exports, item) {
    const current = exports.get(item.env, true);
    if (isNullish(current))
        return 'absent';
    return (0,dist/* isScalar */.jn)(current) && current.value === exportExpression(item.path) ? 'set' : 'other';
}
function secretNode(doc, item, ciphertext) {
    if (ciphertext !== undefined)
        return doc.createNode({ 'fn::secret': { ciphertext } });
    // Escaping the `$` would change what is stored; the caller must have obtained its ciphertext.
    if (holdsReference(item.value))
        throw new Error(`${item.secret} holds \${ and has no ciphertext to write`);
    const node = doc.createNode({ 'fn::secret': item.value });
    // Double quotes escape every character, so CR, trailing spaces and final newlines survive exactly.
    node.items[0].value.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
    return node;
}
const isSecretMap = (node) => node.items.length === 1 && (0,dist/* isScalar */.jn)(node.items[0].key) && node.items[0].key.value === 'fn::secret';
function secretString(node) {
    if (!(0,dist/* isMap */.jh)(node) || !isSecretMap(node))
        return undefined;
    const value = node.items[0].value;
    return (0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' ? value.value : undefined;
}
const isNullish = (node) => node == null || ((0,dist/* isScalar */.jn)(node) && node.value == null);
/** What a node is, in words: "a list", "a mapping", "a string scalar", "an alias (*base) of a mapping". */
function describeNode(node, doc) {
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = node.resolve(doc);
        return `an alias (*${node.source}) of ${target ? describeNode(target, doc) : 'nothing'}`;
    }
    if ((0,dist/* isScalar */.jn)(node))
        return `a ${node.value === null ? 'null' : typeof node.value} scalar`;
    if ((0,dist/* isMap */.jh)(node))
        return isSecretMap(node) ? 'a secret' : 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    return 'a node of another kind';
}

;// CONCATENATED MODULE: ./src/esc/verify.ts


/**
 * Checks the opened environment against what was written: every managed value present, byte-equal
 * and marked secret, at its path and through its environment-variable export. Names problems,
 * never values.
 */
function verifyOpened(properties, managed, ref) {
    const problems = managed
        .flatMap((item) => [
        problem(lookup(properties, item.path.split('.')), item.value, `${item.secret} at ${item.path}`),
        problem(lookup(properties, ['environmentVariables', item.env]), item.value, `${item.secret} exported as environmentVariables.${item.env}`),
    ])
        .filter((p) => p !== undefined);
    if (problems.length) {
        throw new errors/* ServiceError */._7(`Verification of ${formatRef(ref)} after writing failed; the opened environment does not hold what was written:\n- ${problems.join('\n- ')}`);
    }
}
function lookup(properties, keys) {
    let level = properties;
    let found;
    for (const key of keys) {
        found = level?.[key];
        level =
            found && typeof found.value === 'object' && found.value !== null && !Array.isArray(found.value)
                ? found.value
                : undefined;
    }
    return found;
}
function problem(found, expected, what) {
    if (!found)
        return `${what}: missing`;
    if (found.value !== expected)
        return `${what}: differs from the GitHub secret`;
    if (found.secret !== true)
        return `${what}: not marked secret`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/esc/sync.ts








/** Write retries after the first write (conflicts and ambiguous failures together): six writes in all. */
const MAX_WRITE_RETRIES = 5;
/**
 * Compares the managed paths with the decrypted definition; when something changes, reads the plain
 * (encrypted) definition, edits only the managed paths and writes it back once with its etag, so
 * that every secret it does not change travels as the ciphertext it was. A stale etag (another
 * writer in between, also between the two reads) means: read again, edit again, retry. A write that
 * failed ambiguously is never resent blindly: the environment is read again, and if it already holds
 * the intended result the run is done, with no second revision.
 */
async function syncEnvironment(options) {
    const { client, ref, logger } = options;
    let managed = options.managed;
    let created = false;
    let conflicts = 0;
    let ambiguousWrites = 0;
    const findings = [];
    /** Ciphertexts already obtained, kept across retries: encrypting again would give the same answer. */
    const ciphertexts = new Map();
    /** The changes of a write whose outcome was unknown; reported if a later read shows it applied. */
    let pendingChanges;
    let lastFailure = '';
    /** A weak ETag (W/"…") came back on a read: a proxy may have weakened the service's strong one. */
    let weakEtag = false;
    for (let retries = 0;; retries++) {
        let current = await client.readDecrypted(ref);
        if (current)
            logger.info(`Read ${formatRef(ref)} (revision ${current.revision}).`);
        else {
            logger.info(options.apply
                ? `${formatRef(ref)} does not exist yet; creating it (create-environment: true).`
                : `${formatRef(ref)} does not exist yet; planning against the empty environment a sync would create.`);
            current = options.apply ? await createEnvironment(options) : wouldCreate(options);
            created = true;
        }
        let plan = planDocument(current.yaml, managed, options.legacy);
        const base = {
            legacyFound: plan.legacyFound,
            replacedExports: plan.replacedExports,
            created,
            conflicts,
            ambiguousWrites,
            verified: false,
            findings,
        };
        logger.info(planLine(plan.changes, plan.changed, options.apply));
        if (!plan.changed || !options.apply) {
            const asCiphertext = needingCiphertext(plan, managed).map((m) => m.secret);
            if (pendingChanges && options.apply) {
                const done = { ...base, changes: pendingChanges, changed: true, revision: current.revision, asCiphertext };
                return finish(options, done, managed);
            }
            if (options.apply)
                logger.info(`Nothing to change: no write, revision ${current.revision} kept.`);
            return { ...base, changes: plan.changes, changed: plan.changed, revision: current.revision, asCiphertext };
        }
        const target = plan.plaintextSecrets ? await client.readDefinition(ref) : current;
        let result = { outcome: 'conflict' };
        // The decrypted view decided what changes; the definition edited must be the same revision.
        if (target && target.etag === current.etag) {
            const { unstorable } = await obtainCiphertexts(options, needingCiphertext(plan, managed), ciphertexts);
            if (unstorable.length) {
                findings.push(...unstorable.map(unstorableFinding));
                if (!options.skipUnstorable) {
                    return { ...base, changes: [], changed: false, revision: current.revision, asCiphertext: [] };
                }
                const skipped = new Set(unstorable.map((m) => m.secret));
                managed = managed.filter((m) => !skipped.has(m.secret));
            }
            plan = planDocument(current.yaml, managed, options.legacy, { definition: target.yaml, ciphertexts });
            if (!plan.changed) {
                return { ...base, changes: plan.changes, changed: false, revision: current.revision, asCiphertext: [] };
            }
            // Sent back exactly as received: the service compares it as it gave it.
            weakEtag ||= target.etag.startsWith('W/');
            result = await write(options, plan.yaml, target.etag, managed);
        }
        const asCiphertext = needingCiphertext(plan, managed).map((m) => m.secret);
        if (result.outcome === 'written') {
            const revision = result.revision ?? current.revision + 1;
            logger.info(`Wrote ${formatRef(ref)} in one update (revision ${revision}).`);
            return finish(options, { ...base, changes: plan.changes, changed: true, revision, asCiphertext }, managed);
        }
        if (result.outcome === 'conflict')
            conflicts++;
        else {
            ambiguousWrites++;
            pendingChanges = plan.changes;
            lastFailure = ` The last failure: ${result.reason}`;
        }
        if (retries >= MAX_WRITE_RETRIES) {
            const everyWriteRefused = conflicts === retries + 1;
            const proxy = everyWriteRefused && weakEtag
                ? ' Every write was refused, and the ETag read was weak (W/"…"): a proxy between the action and Pulumi Cloud may have weakened the service\'s strong ETag, so no write can match it. Let ETag headers through the proxy unchanged, or point cloud-url past it.'
                : '';
            throw new errors/* ServiceError */._7(`ESC environment ${formatRef(ref)} could not be written after ${retries + 1} tries (${conflicts} refused because another writer changed it, ${ambiguousWrites} failed without an answer); it holds either its earlier content or the full update, never part of one. Re-run the job, or serialise writers with a workflow \`concurrency\` group.${proxy}${lastFailure}`);
        }
        // Another writer has finished by the time we hear of it: a short jittered pause is enough.
        // A failure without an answer may be the service in trouble: back off as for reads.
        const { retry } = options;
        const delay = (0,http_retry/* backoffMs */.jo)(result.outcome === 'conflict' ? { ...retry, baseDelayMs: retry.conflictBaseDelayMs } : retry, retries);
        logger.info(result.outcome === 'conflict'
            ? `${formatRef(ref)} changed since it was read (another writer); reading it again in ${(0,http_retry/* formatWait */.Du)(delay)}.`
            : `The write to ${formatRef(ref)} failed without an answer (${result.reason}); reading it again in ${(0,http_retry/* formatWait */.Du)(delay)} to see whether it was applied.`);
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
/** Writes; a 400 says which secret each diagnostic is about, in the names the user knows. */
async function write({ client, ref }, yaml, etag, managed) {
    try {
        return await client.update(ref, yaml, etag);
    }
    catch (error) {
        if (!(error instanceof EscApiError) || error.status !== 400 || !error.diagnostics.length)
            throw error;
        throw new EscApiError(`ESC refused the write to ${formatRef(ref)} (400); nothing was stored${formatDiagnostics(error.diagnostics, secretAtPath(managed))}`, error.status, error.requestId, false, error.kind);
    }
}
/**
 * The secret a diagnostic's path belongs to: `values.lambdaLabs.asgName["fn::secret"]` →
 * LAMBDA_LABS_ASG_NAME, its export `values.environmentVariables.LAMBDA_LABS_ASG_NAME` too.
 */
function secretAtPath(managed) {
    return (path) => managed.find((item) => [`values.${item.path}`, `values.environmentVariables.${item.env}`].some((at) => path === at || path.startsWith(`${at}[`) || path.startsWith(`${at}.`)))?.secret;
}
/** The managed values this plan writes that ESC would read a reference in: they go as ciphertext. */
function needingCiphertext(plan, managed) {
    const written = new Set(plan.changes.filter((c) => c.action === 'add' || c.action === 'update').map((c) => c.secret));
    return managed.filter((m) => written.has(m.secret) && holdsReference(m.value));
}
/** Asks ESC to encrypt the values not encrypted yet, in one request; a service without the route stores none of them. */
async function obtainCiphertexts({ client, ref }, needed, ciphertexts) {
    const missing = needed.filter((m) => !ciphertexts.has(m.secret));
    if (!missing.length)
        return { unstorable: [] };
    const answer = await client.encryptSecrets(ref, missing.map((m) => m.value));
    if (!answer)
        return { unstorable: missing };
    missing.forEach((m, i) => ciphertexts.set(m.secret, answer[i]));
    return { unstorable: [] };
}
function unstorableFinding(item) {
    return {
        check: 'esc-secret-form',
        severity: 'error',
        secret: item.secret,
        path: item.path,
        message: `${item.secret} holds \`\${\`, which ESC reads as a reference inside a plaintext fn::secret and refuses ("secret values must be string literals"); such a value can only be stored as ciphertext, and this Pulumi Cloud has no encrypt-secrets route (404/405). Escaping it would change the value. Change the secret, or use a Pulumi Cloud that has the route; with fail-on: never the other secrets are written without it.`,
    };
}
/** The log's line for the plan phase: what the edit does (or, in plan mode, would do) to the managed paths. */
function planLine(changes, changed, apply) {
    const counts = ['add', 'update', 'unchanged', 'remove']
        .map((action) => `${(0,src_changes/* countChanges */.x)(changes, action)} ${PLAN_WORDS[action]}`)
        .join(', ');
    if (apply)
        return changed ? `Planned one update: ${counts}.` : `Planned: every managed path holds its value (${counts}).`;
    return changed
        ? `Plan only: a sync would write one update: ${counts}.`
        : `Plan only: in step, a sync would change nothing (${counts}).`;
}
const PLAN_WORDS = { add: 'to add', update: 'to update', unchanged: 'unchanged', remove: 'to remove' };
async function finish(options, result, written) {
    if (!options.verify)
        return result;
    options.logger.info(`Verifying: opening ${formatRef(options.ref)} to compare every synced value.`);
    try {
        verifyOpened(await options.client.openValues(options.ref), written, options.ref);
        return { ...result, verified: true };
    }
    catch (error) {
        // The write landed: it is reported whatever the verification says, with its failure beside it.
        return { ...result, verificationFailure: (0,errors/* failureOf */.g5)(error) };
    }
}
async function createEnvironment(options) {
    const { client, ref } = options;
    refuseToCreate(options);
    await client.create(ref);
    const created = await client.readDecrypted(ref);
    if (!created) {
        throw new errors/* ConfigurationError */.j1(`ESC environment ${formatRef(ref)} was created but cannot be read back; the token needs the open permission on it.`);
    }
    return created;
}
/** Plan mode plans against the empty environment a sync would create. */
function wouldCreate(options) {
    refuseToCreate(options);
    return { yaml: '', etag: '', revision: 0 };
}
function refuseToCreate({ createEnvironment, ref }) {
    if (createEnvironment)
        return;
    throw new errors/* ConfigurationError */.j1(`ESC environment ${formatRef(ref)} was not found, or the token cannot see it (a token without access gets 404 too; it needs the open permission). Set create-environment: true to create it, or check the name and the token’s team access.`);
}

// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/mask.ts
var src_mask = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/intake.ts


/**
 * Collects the values of `names` from the `secrets` JSON input when given, else from the step's
 * environment variables of the same names. Values are taken as they are: no trimming, because
 * RFC 7468 keys end in a newline and a secret's spaces are part of it. Masks each at once.
 */
function readIntake(names, secretsJson, env, mask) {
    const source = secretsJson === undefined ? 'env' : 'secrets';
    const available = secretsJson === undefined ? fromEnv(names, env) : fromJson(secretsJson, names);
    const values = new Map();
    for (const name of names) {
        const value = available.get(name.toUpperCase());
        if (value === undefined)
            continue;
        (0,src_mask/* maskValue */.Q)(value, mask);
        values.set(name, value);
    }
    return { values, source };
}
// GitHub stores secret names upper-case and matches them case-insensitively.
function fromEnv(names, env) {
    const found = new Map();
    for (const name of names) {
        const value = env[name];
        if (value !== undefined)
            found.set(name.toUpperCase(), value);
    }
    return found;
}
/** Half of a UTF-16 surrogate pair without the other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** The JSON's values by upper-case name; the names this run takes must be unambiguous and hold whole characters. */
function fromJson(json, names) {
    const wanted = new Set(names.map((n) => n.toUpperCase()));
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        // JSON.parse's own message quotes the text around the error, which may be a secret.
        throw new errors/* ConfigurationError */.j1('Input `secrets` is not valid JSON; pass an object such as ${{ toJSON(secrets) }}.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new errors/* ConfigurationError */.j1(`Input \`secrets\` must be a JSON object of name → value; it is ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`}.`);
    }
    const found = new Map();
    const spelled = new Map();
    for (const [name, value] of Object.entries(parsed)) {
        if (typeof value !== 'string') {
            throw new errors/* ConfigurationError */.j1(`Input \`secrets\`: the value of ${name} is ${value === null ? 'null' : `a ${typeof value}`}; secret values must be strings.`);
        }
        const upper = name.toUpperCase();
        if (!wanted.has(upper))
            continue;
        // A lone surrogate (`\ud800` in the JSON) has no UTF-8 form: it would be stored as U+FFFD and differ on every run.
        if (LONE_SURROGATE.test(value)) {
            throw new errors/* ConfigurationError */.j1(`Input \`secrets\`: the value of ${name} holds a lone UTF-16 surrogate (half of a character), which cannot be stored as UTF-8; fix the secret.`);
        }
        const other = spelled.get(upper);
        if (other !== undefined) {
            throw new errors/* ConfigurationError */.j1(`Input \`secrets\`: ${other} and ${name} differ only in case, and GitHub secret names do not; give each secret once.`);
        }
        spelled.set(upper, name);
        found.set(upper, value);
    }
    return found;
}

// EXTERNAL MODULE: ./src/runner-env.ts
var runner_env = __webpack_require__(4767);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/validate/legacy.ts
/**
 * The legacy checks of a sync or plan, in one place: a legacy name handed to the step, and a legacy
 * key found in ESC. Both warn and never fail the step (see blockingFindings). Mode audit's
 * `legacy-secret` rule is the workflow-file side of the same list (audit/rules.ts).
 */
const LEGACY_CHECK = 'legacy';
/** Each legacy name of the profile: passed when the step was not given it, a warning when it was. */
function checkLegacyGiven(profile, intake) {
    return Object.entries(profile.legacy).map(([name, replacement]) => {
        if (!intake.values.has(name))
            return { check: LEGACY_CHECK, subject: name };
        const instead = replacement ? `replaced by ${replacement}` : 'removed, and nothing replaces it';
        return {
            check: LEGACY_CHECK,
            subject: name,
            finding: {
                check: LEGACY_CHECK,
                severity: 'warning',
                secret: name,
                message: `${name} is a legacy name (${instead}): its value was skipped and not written. Stop passing it to this step${replacement ? ` and pass ${replacement} instead` : ''}, then delete the GitHub secret.`,
            },
        };
    });
}
/** A legacy key found in ESC: a warning, or a notice when prune-legacy removes it in this write. */
function checkLegacyInEsc(key, profile, options) {
    const replacement = profile.legacy[key.secret];
    const instead = replacement ? `replaced by ${replacement}` : 'removed';
    const message = options.pruned
        ? `ESC path ${key.path} held the legacy ${key.secret} (${instead}); ${options.planOnly ? 'a sync would remove it' : 'removed it'} in the same write.`
        : `ESC path ${key.path} still holds the legacy ${key.secret} (${instead}). Set prune-legacy: true to remove it in the same write.`;
    return {
        check: LEGACY_CHECK,
        subject: key.secret,
        finding: {
            check: LEGACY_CHECK,
            severity: options.pruned ? 'notice' : 'warning',
            secret: key.secret,
            path: key.path,
            message,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/validate/ssh-key-shape.ts
const PRIVATE_ARMOUR = /^-----BEGIN ((?:OPENSSH|RSA|EC|DSA|ENCRYPTED) )?PRIVATE KEY-----\r?\n[\s\S]+\r?\n-----END \1?PRIVATE KEY-----\s*$/;
const PUBLIC_LINE = /^(ssh-(rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d+|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA/;
const PUBLIC_ARMOUR = /^-----BEGIN (SSH2 |RSA )?PUBLIC KEY-----/;
const BASE64_BODY = /^[A-Za-z0-9+/=\s]{64,}$/;
function keyShape(value) {
    const text = value.trim();
    if (PRIVATE_ARMOUR.test(text))
        return 'private-key';
    if (PUBLIC_LINE.test(text) || PUBLIC_ARMOUR.test(text))
        return 'public-key';
    if (/^(~|\.{0,2}\/|[A-Za-z]:\\)\S*$/.test(text) || /^\S*id_(rsa|ed25519|ecdsa|dsa)(\.pem)?$/.test(text))
        return 'file-path';
    if (BASE64_BODY.test(text))
        return 'unarmoured';
    return 'other';
}
const KEY_SHAPE_PROBLEM = {
    'public-key': 'looks like a public key (ssh-… AAAA… or BEGIN PUBLIC KEY); paste the private key, the file without .pub',
    'file-path': 'looks like a file path; the secret must hold the key itself (the file’s contents), not where it lives',
    unarmoured: 'looks like a key without its armour: the -----BEGIN … PRIVATE KEY----- and -----END … PRIVATE KEY----- lines are missing',
    other: 'is not an SSH private key: expected an OpenSSH (BEGIN OPENSSH PRIVATE KEY) or PEM (BEGIN RSA/EC PRIVATE KEY, BEGIN PRIVATE KEY) key',
};

;// CONCATENATED MODULE: ./src/validate/rules.ts


const positiveInteger = schemas/* string */.YjP()
    .regex(/^[1-9][0-9]*$/, 'must be a positive whole number, written as digits only (no sign, spaces or leading zeros)');
/**
 * The sanity rule of each name, as a zod schema over the value. Messages describe the expected
 * shape and never quote the value. (Cluster size ≤ max is a cross-check in checks.ts.)
 */
const RULES = {
    'api-key': schemas/* string */.YjP()
        .min(1, 'is empty')
        .regex(/^\S+$/, 'contains whitespace (a space, tab or line break); an API key has none, so it was probably pasted with extra characters'),
    'ssh-key-name': schemas/* string */.YjP()
        .min(1, 'is empty')
        .max(64, 'is longer than 64 characters, the most a Lambda SSH key name may have'),
    'ssh-private-key': schemas/* string */.YjP().superRefine((value, ctx) => {
        const shape = keyShape(value);
        if (shape !== 'private-key')
            ctx.addIssue({ code: 'custom', message: KEY_SHAPE_PROBLEM[shape] });
    }),
    region: schemas/* string */.YjP().regex(/^[a-z]+(-[a-z]+)+-[0-9]+$/, 'does not look like a Lambda region name (such as us-west-1)'),
    'instance-type': schemas/* string */.YjP()
        .regex(/^gpu_[0-9]+x_[a-z0-9]+(_[a-z0-9]+)*$/, 'does not look like a Lambda instance type: gpu_<count>x_<model>[_<variant>], such as gpu_1x_h100_sxm5'),
    'cluster-size': positiveInteger,
    'positive-integer': positiveInteger,
    'non-empty': schemas/* string */.YjP().regex(/\S/, 'is empty or only whitespace'),
    'absolute-path': schemas/* string */.YjP().regex(/^\/\S*$/, 'must be an absolute path (starting with /) without spaces'),
    any: schemas/* string */.YjP(),
};
/** The first problem of a value under a rule, or undefined when it passes. */
function ruleProblem(rule, value) {
    const result = RULES[rule].safeParse(value);
    return result.success ? undefined : result.error.issues[0].message;
}

;// CONCATENATED MODULE: ./src/validate/checks.ts


/** The secret whose value bounds the cluster size (PRODUCT.md: cluster size ≤ max cluster size). */
const MAX_CLUSTER_SIZE_SECRET = 'LAMBDA_LABS_MAX_CLUSTER_SIZE';
/**
 * Every check of the values before anything is written: required, rules, expected values and legacy
 * names. Pure: data in, outcomes out. Messages name secrets and expectations, never values.
 */
function validate(profile, intake) {
    return [
        ...profile.entries.flatMap((entry) => checkEntry(entry, intake, profile)),
        ...checkLegacyGiven(profile, intake),
    ];
}
/** Required, then its rule, then its expected value: a value gets one explanation, the first that applies. */
function checkEntry(entry, intake, profile) {
    const outcomes = [];
    for (const check of [
        () => [checkRequired(entry, intake)],
        () => checkRule(entry, intake, profile),
        () => checkExpected(entry, intake),
    ]) {
        const results = check();
        outcomes.push(...results);
        if (results.some((o) => o.finding))
            break;
    }
    return outcomes;
}
const fail = (entry, check, severity, message) => ({
    check,
    subject: entry.secret,
    finding: { check, severity, secret: entry.secret, path: entry.path, message },
});
/** Present and non-empty: an unset GitHub secret reaches the step as "". Optional entries are not checked. */
function checkRequired(entry, intake) {
    const value = intake.values.get(entry.secret);
    if (value || !entry.required)
        return { check: 'required', subject: entry.secret };
    const where = intake.source === 'env'
        ? `the step's env (${entry.secret}: \${{ secrets.${entry.secret} }})`
        : 'the `secrets` input';
    return fail(entry, 'required', 'error', value === undefined
        ? `${entry.secret} is missing: it should come from ${where}.`
        : `${entry.secret} is empty: the GitHub secret is probably not set, or not passed through ${where}.`);
}
function checkRule(entry, intake, profile) {
    const value = intake.values.get(entry.secret);
    if (!value || entry.rule === 'any')
        return [];
    const problem = ruleProblem(entry.rule, value) ??
        (entry.rule === 'cluster-size' ? clusterBoundProblem(value, intake, profile) : undefined);
    return [
        problem ? fail(entry, 'rule', 'error', `${entry.secret} ${problem}.`) : { check: 'rule', subject: entry.secret },
    ];
}
function clusterBoundProblem(value, intake, profile) {
    const maxEntry = profile.entries.find((e) => e.secret === MAX_CLUSTER_SIZE_SECRET);
    const max = maxEntry && intake.values.get(maxEntry.secret);
    if (!max || ruleProblem('positive-integer', max))
        return undefined;
    return BigInt(value) > BigInt(max)
        ? `is larger than ${MAX_CLUSTER_SIZE_SECRET}: a cluster cannot start more nodes than its maximum`
        : undefined;
}
function checkExpected(entry, intake) {
    const value = intake.values.get(entry.secret);
    if (!value || entry.expected === undefined)
        return [];
    if (value === entry.expected)
        return [{ check: 'expected', subject: entry.secret }];
    return [
        fail(entry, 'expected', 'warning', `${entry.secret} differs from the expected value "${entry.expected}". If the change is intended, set secrets.${entry.secret}.expected in the config file (or null to expect nothing).`),
    ];
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/modes/sync.ts

















/** Modes sync and plan: take in and mask the values, validate, then write ESC once (or only compare). */
async function syncOrPlan(settings, configSource) {
    const outcome = { outcomes: [], logLines: [], notices: [], changes: [], changed: false };
    // One budget for the whole step: the Lambda checks and ESC alike.
    const deadline = (0,src_deadline/* stepDeadline */.VN)(settings.timeoutSeconds);
    const { profile, config, findings: configFindings } = (0,load/* loadProfile */.i)(settings.profile, configSource);
    const intake = readIntake([...profile.entries.map((e) => e.secret), ...Object.keys(profile.legacy)], settings.secretsJson, process.env, core/* setSecret */.Pq);
    outcome.outcomes = [...configFindings.map(asOutcome), ...validate(profile, intake)];
    if (configFindings.length) {
        // A config file that does not say what to sync leaves nothing safe to write, whatever fail-on says.
        const message = `Config file ${configSource.file} has ${(0,plural/* plural */.L)(configFindings.length, 'error')}; nothing was written to ESC.`;
        return { ...outcome, failure: { kind: 'setup', message } };
    }
    if (settings.checkLambda) {
        try {
            const live = await proveAgainstLambda(settings, profile, intake, outcome.outcomes, deadline);
            outcome.outcomes.push(...live.outcomes);
            if (live.notice)
                outcome.notices.push(live.notice);
        }
        catch (error) {
            return { ...outcome, failure: (0,errors/* failureOf */.g5)(error) };
        }
    }
    const findings = (0,src_findings/* findingsOf */.WX)(outcome.outcomes);
    const blocking = (0,src_findings/* blockingFindings */.Ur)(findings, settings.failOn);
    core/* info */.pq(validationLine(outcome.outcomes, blocking.length, settings.failOn));
    try {
        const environment = settings.environment || config?.config?.environment;
        const named = environment ? parseEnvironmentRef(environment) : undefined;
        // Named before the verdict, so that a failing plan's pull-request comment is found again by its
        // environment, and the headline says where even when validation stops the run.
        if (named) {
            outcome.environment = formatRef(named);
            const url = consoleUrl(settings.cloudUrl, named);
            if (url)
                outcome.environmentUrl = url;
        }
        if (blocking.length)
            return outcome;
        if (!named)
            throw (0,src_settings/* missingEnvironment */.kP)();
        const ref = named;
        if (settings.mode === 'plan' && !settings.accessToken && !process.env[runner_env/* RunnerEnv */.G.IdTokenRequestUrl]) {
            outcome.escNotRead =
                'there is no Pulumi access token and no OIDC (as on pull requests from forks and Dependabot)';
            outcome.notices.push(`ESC was not read: ${outcome.escNotRead}. The secrets were validated; the plan of ESC changes needs a token.`);
            core/* info */.pq(`Plan: ESC was not read (${outcome.escNotRead}); nothing is known of what a sync would change.`);
            return outcome;
        }
        return await writeEsc(settings, ref, managedSecrets(profile, intake, findings), profile, outcome, deadline);
    }
    catch (error) {
        // What was found so far stays in the report beside the failure.
        return { ...outcome, failure: (0,errors/* failureOf */.g5)(error) };
    }
}
/** Reads ESC, plans the edit and, in mode sync, writes it once; adds what happened to the outcome. */
async function writeEsc(settings, ref, managed, profile, outcome, deadline) {
    const retry = (0,http_retry/* retryPolicy */.Jb)(settings.timeoutSeconds);
    const token = await resolveAccessToken(settings, ref, {
        getIdToken: core/* getIDToken */.V9,
        mask: core/* setSecret */.Pq,
        deadline,
    });
    const client = new EscClient({
        cloudUrl: settings.cloudUrl,
        token: token.value,
        tokenSource: token.source,
        userAgent: version/* USER_AGENT */._O,
        deadline,
        retry,
        logger: { info: core/* info */.pq },
    });
    const planOnly = settings.mode === 'plan';
    const result = await syncEnvironment({
        client,
        ref,
        managed,
        legacy: { names: Object.keys(profile.legacy), prune: settings.pruneLegacy },
        createEnvironment: settings.createEnvironment,
        apply: !planOnly,
        skipUnstorable: settings.failOn === 'never',
        verify: settings.verify,
        logger: { info: core/* info */.pq },
        retry,
    });
    const environment = formatRef(ref);
    const logLines = [...outcome.logLines];
    const asCiphertext = result.asCiphertext;
    if (asCiphertext.length) {
        const one = asCiphertext.length === 1;
        logLines.push(`${asCiphertext.join(', ')} ${one ? 'holds' : 'hold'} \`\${\`, which ESC would read as a reference in a plaintext secret: ${planOnly ? `a sync stores ${one ? 'it' : 'them'}` : 'stored'} as ciphertext from ESC's encrypt-secrets, byte for byte as in GitHub.`);
    }
    if (result.created)
        logLines.push(planOnly
            ? `ESC environment ${environment} does not exist yet; a sync would create it.`
            : `Created ESC environment ${environment}.`);
    if (result.conflicts)
        logLines.push(`Another writer changed the environment ${result.conflicts} time(s) during the run; re-read and re-applied each time.`);
    if (result.ambiguousWrites)
        logLines.push(`${result.ambiguousWrites} write(s) failed without saying whether they were applied; the environment was read again each time rather than written blindly.`);
    if (result.verified)
        logLines.push('Verified: every synced value reads back byte-equal and marked secret.');
    // A notice, not a warning: under fail-on: warning a warning would block the very write that clears it.
    const notices = [
        ...outcome.notices,
        ...result.replacedExports.map((name) => `environmentVariables.${name} in ${environment} held a hand-written value; ${planOnly ? 'a sync replaces it' : 'it was replaced'} with the export of the synced secret (reported as an update).`),
    ];
    const verification = result.verificationFailure;
    return {
        ...outcome,
        changes: result.changes,
        changed: result.changed,
        revision: result.revision,
        escRead: true,
        logLines,
        notices,
        // The write happened and stays reported (changed, revision, counts); the failed check is beside it.
        ...(verification
            ? {
                failure: {
                    ...verification,
                    message: `ESC environment ${environment} was written (revision ${result.revision}), but verifying it failed: ${verification.message}`,
                },
            }
            : {}),
        outcomes: [
            ...outcome.outcomes,
            ...result.legacyFound.map((key) => checkLegacyInEsc(key, profile, { pruned: settings.pruneLegacy, planOnly })),
            ...result.findings.map(asOutcome),
        ],
    };
}
/** The log's line for the validation phase: how many checks passed, and whether ESC is touched next. */
function validationLine(outcomes, blocking, failOn) {
    const passedCount = outcomes.filter(src_findings/* passed */.bF).length;
    const verdict = blocking
        ? `${blocking === 1 ? '1 finding blocks' : `${blocking} findings block`} the sync under fail-on: ${failOn}, so ESC is not touched`
        : 'going on to ESC';
    return `Validated: ${passedCount} of ${outcomes.length} checks passed; ${verdict}.`;
}
/** `check-lambda: true`: the live checks, loaded only now (the Lambda client and sshpk are a chunk of their own). */
async function proveAgainstLambda(settings, profile, intake, validated, deadline) {
    const { proveValues } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(466)]).then(__webpack_require__.bind(__webpack_require__, 9466));
    return proveValues({
        apiUrl: settings.lambdaApiUrl,
        profile,
        intake,
        validated,
        userAgent: version/* USER_AGENT */._O,
        deadline,
        retry: (0,http_retry/* retryPolicy */.Jb)(settings.timeoutSeconds),
        logger: { info: core/* info */.pq },
        mask: core/* setSecret */.Pq,
    });
}
const asOutcome = (finding) => ({
    check: finding.check,
    ...(finding.secret ? { subject: finding.secret } : {}),
    finding,
});
/** The entries to write: those with a value and no error finding (with fail-on never, the valid rest is written). */
function managedSecrets(profile, intake, findings) {
    const failed = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.secret));
    return profile.entries
        .filter((entry) => !failed.has(entry.secret) && intake.values.get(entry.secret))
        .map((entry) => ({
        secret: entry.secret,
        path: entry.path,
        env: entry.env,
        value: intake.values.get(entry.secret),
    }));
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

/***/ 6218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ secretNameProblem)
/* harmony export */ });
/**
 * Why GitHub cannot store a secret of this name, or undefined when it can: only letters, digits and
 * underscores, not starting with a digit, not starting with GITHUB_ (matched case-insensitively,
 * since GitHub stores names upper-case).
 */
function secretNameProblem(name) {
    if (!name)
        return 'is empty';
    if (!/^[A-Za-z0-9_]+$/.test(name))
        return 'may hold only letters, digits and underscores';
    if (/^[0-9]/.test(name))
        return 'may not start with a digit';
    if (/^GITHUB_/i.test(name))
        return 'may not start with GITHUB_, a prefix GitHub reserves';
    return undefined;
}


/***/ })

};
