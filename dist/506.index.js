export const id = 506;
export const ids = [506];
export const modules = {

/***/ 7506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubFailure: () => (/* binding */ GitHubFailure),
  MAX_LISTED_FILES: () => (/* binding */ MAX_LISTED_FILES),
  PullRequest: () => (/* binding */ PullRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/http/index.ts + 3 modules
var http = __webpack_require__(4530);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/github/client.ts



/** A GitHub answer is an error page or a list, never megabytes: more is refused. */
const GITHUB_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/** One request may take this long, within the step's own timeout. */
const GITHUB_REQUEST_TIMEOUT_MS = 30_000;
const SILENT = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
/**
 * Octokit on GITHUB_API_URL (GitHub.com or GitHub Enterprise Server), every request through the
 * guarded HTTP layer: the token goes only to that API (a Link to anywhere else is refused), no
 * redirect is followed, bodies are capped, nothing runs past the step's deadline. Octokit's own
 * log is silenced: it would print server text (deprecation notices) unfiltered.
 */
function gitHubClient(token, apiUrl, deadline) {
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl,
        userAgent: version/* USER_AGENT */._O,
        log: SILENT,
        request: { fetch: guardedFetch(apiUrl, deadline), log: SILENT },
    });
}
/** The `fetch` Octokit calls, made of the one guarded request function. */
function guardedFetch(apiUrl, deadline) {
    const api = new URL(apiUrl.replace(/\/*$/, '/'));
    return async (input, init = {}) => {
        const url = new URL(input instanceof Request ? input.url : String(input));
        const what = `${init.method ?? 'GET'} ${url.pathname.slice(api.pathname.length - 1)} (GitHub API)`;
        if (url.origin !== api.origin || !url.pathname.startsWith(api.pathname)) {
            throw new http/* HttpFailure */.HR('redirect', `GitHub's answer led to ${url.origin}, outside GITHUB_API_URL (${api.origin}); the token goes only to the GitHub API, so nothing was sent there.`);
        }
        const reply = await (0,http/* request */.Em)({
            method: init.method ?? 'GET',
            url: url.href,
            headers: init.headers,
            ...(typeof init.body === 'string' ? { body: init.body } : {}),
            what,
            deadline,
            timeoutMs: GITHUB_REQUEST_TIMEOUT_MS,
            maxBodyBytes: GITHUB_BODY_LIMIT_BYTES,
        });
        // Octokit would hand a success that is not JSON on as a string; it is refused here instead.
        if (reply.ok && reply.text)
            (0,http/* replyJson */.Lh)(reply);
        return new Response(reply.status === 204 ? null : reply.text, { status: reply.status, headers: reply.headers });
    };
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts



/** GitHub lists at most this many files of a pull request; a list this long may be missing some. */
const MAX_LISTED_FILES = 3000;
/** What went wrong talking to GitHub: the token may not do it (`permission`), or anything else. */
class GitHubFailure extends Error {
    kind;
    name = 'GitHubFailure';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/** The pull request this run is about, and the two things the action does with it. */
class PullRequest {
    owner;
    repo;
    number;
    /** The run's page, linked from the comment. */
    runUrl;
    #octokit;
    constructor(token, deadline) {
        const { owner, repo, number } = github/* context */._.issue;
        if (!Number.isInteger(number) || number < 1)
            throw new GitHubFailure('service', `The ${github/* context */._.eventName} event names no pull request number.`);
        this.owner = owner;
        this.repo = repo;
        this.number = number;
        this.runUrl = `${github/* context */._.serverUrl}/${owner}/${repo}/actions/runs/${github/* context */._.runId}`;
        // Masked line by line, and refused with a control character, before any request.
        this.#octokit = gitHubClient((0,http/* acceptCredential */.oP)(token, 'the github-token input'), github/* context */._.apiUrl, deadline);
    }
    /** Every file the pull request touches (every page of GitHub's list). */
    async changedFiles() {
        const files = [];
        await this.#call('read the pull request’s files', async () => {
            const pages = this.#octokit.paginate.iterator(this.#octokit.rest.pulls.listFiles, {
                owner: this.owner,
                repo: this.repo,
                pull_number: this.number,
                per_page: 100,
            });
            for await (const page of pages) {
                for (const file of listOf(page.data)) {
                    if (typeof file.filename === 'string' && typeof file.status === 'string')
                        files.push({ filename: file.filename, status: file.status });
                }
            }
        });
        if (files.length >= MAX_LISTED_FILES)
            throw new GitHubFailure('service', `the pull request changes ${MAX_LISTED_FILES} files or more, and GitHub lists no more than ${MAX_LISTED_FILES}`);
        return files;
    }
    /**
     * Updates the comment whose body starts with `marker` (searching every page of comments), or
     * creates it when there is none.
     * @returns the comment's URL and what was done
     */
    async upsertComment(marker, body) {
        return this.#call('write the pull-request comment', async () => {
            const where = { owner: this.owner, repo: this.repo };
            const pages = this.#octokit.paginate.iterator(this.#octokit.rest.issues.listComments, {
                ...where,
                issue_number: this.number,
                per_page: 100,
            });
            for await (const page of pages) {
                const ours = listOf(page.data).find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
                if (!ours || typeof ours.id !== 'number')
                    continue;
                const { data } = await this.#octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body });
                return { url: commentUrl(data), action: 'updated' };
            }
            const { data } = await this.#octokit.rest.issues.createComment({ ...where, issue_number: this.number, body });
            return { url: commentUrl(data), action: 'created' };
        });
    }
    /** Runs `work`, turning whatever it throws into a GitHubFailure whose message quotes no server text raw. */
    async #call(doing, work) {
        try {
            return await work();
        }
        catch (error) {
            throw failureOf(error, doing);
        }
    }
}
/** A page's data, which is untrusted: a list of records, or nothing. */
function listOf(data) {
    if (!Array.isArray(data))
        throw new GitHubFailure('service', 'GitHub answered with something that is not a list');
    return data.filter((item) => typeof item === 'object' && item !== null);
}
/** The comment's web address, when GitHub gave one that is a plain http(s) URL. */
function commentUrl(comment) {
    const url = comment.html_url;
    return typeof url === 'string' && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : '';
}
function failureOf(error, doing) {
    if (error instanceof GitHubFailure)
        return error;
    const cause = error?.cause;
    if (cause instanceof http/* HttpFailure */.HR)
        return new GitHubFailure('service', `could not ${doing}: ${cause.message}`);
    if (error instanceof http/* HttpFailure */.HR)
        return new GitHubFailure('service', `could not ${doing}: ${error.message}`);
    // Octokit's RequestError (named HttpError): a status, and the parsed answer.
    const answered = error;
    if (answered?.name === 'HttpError' && typeof answered.status === 'number' && answered.response) {
        const status = answered.status;
        const said = (0,http/* untrustedText */.Ui)(messageOf(answered.response?.data) ?? '', 200);
        const answer = `GitHub answered ${status}${said ? ` (${said})` : ''}`;
        // 401: no usable token; 403: not allowed (or a fork's read-only token); 404: GitHub hides what a token may not see.
        if ([401, 403, 404].includes(status) && !/rate limit/i.test(said))
            return new GitHubFailure('permission', `could not ${doing}: ${answer}`);
        return new GitHubFailure('service', `could not ${doing}: ${answer}`);
    }
    return new GitHubFailure('service', `could not ${doing}: ${(0,http/* untrustedText */.Ui)(String(error?.message ?? error), 200)}`);
}
const messageOf = (data) => typeof data === 'object' && data !== null && typeof data.message === 'string'
    ? data.message
    : undefined;


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


/***/ })

};
