export const id = 466;
export const ids = [466];
export const modules = {

/***/ 9466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  proveValues: () => (/* binding */ proveValues)
});

// EXTERNAL MODULE: ./src/http/index.ts + 3 modules
var http = __webpack_require__(4530);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/util/closest.ts
var closest = __webpack_require__(5519);
// EXTERNAL MODULE: ./node_modules/sshpk/lib/index.js
var lib = __webpack_require__(663);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/lambda/ssh-key.ts

const OPENSSH_ARMOUR = /^-----BEGIN OPENSSH PRIVATE KEY-----\n([\s\S]*?)\n-----END OPENSSH PRIVATE KEY-----\n$/;
/** PKCS#1 with a Proc-Type header, or PKCS#8's encrypted form. */
const ENCRYPTED_PEM = /^Proc-Type: 4,ENCRYPTED$|^-----BEGIN ENCRYPTED PRIVATE KEY-----$/m;
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
/**
 * The public half of a private key as pasted into a secret. Pasting often loses the final newline
 * or adds CRLF, so the text is normalised first and `normalised` says whether it had to be.
 * OpenSSH keys keep their public half unencrypted in the openssh-key-v1 header, so a
 * passphrase-protected one is read from there (sshpk refuses an encrypted key without its
 * passphrase); everything else goes through sshpk. Never throws, and never says why a key could
 * not be read: a parser's message may quote the key.
 */
function publicHalf(text) {
    const normal = `${text.replace(/\r\n?/g, '\n').trim()}\n`;
    const normalised = normal !== text;
    const openssh = OPENSSH_ARMOUR.exec(normal);
    try {
        if (openssh) {
            const header = opensshHeader(Buffer.from(openssh[1].replace(/\s+/g, ''), 'base64'));
            if (!header)
                return { kind: 'unreadable' };
            if (header.cipher === 'none') {
                return {
                    kind: 'key',
                    key: lib_default().parsePrivateKey(normal, 'ssh-private').toPublic(),
                    encrypted: false,
                    normalised,
                };
            }
            return { kind: 'key', key: lib_default().parseKey(header.publicKey, 'rfc4253'), encrypted: true, normalised };
        }
        if (ENCRYPTED_PEM.test(normal))
            return { kind: 'encrypted-pem', normalised };
        return { kind: 'key', key: lib_default().parsePrivateKey(normal, 'pem').toPublic(), encrypted: false, normalised };
    }
    catch (error) {
        if (error instanceof Error && error.name === 'KeyEncryptedError')
            return { kind: 'encrypted-pem', normalised };
        return { kind: 'unreadable' };
    }
}
/**
 * The fields of openssh-key-v1 before the private section (OpenSSH's PROTOCOL.key): the magic,
 * then string ciphername, string kdfname, string kdfoptions, uint32 number of keys, and the first
 * public key as a string (an RFC 4253 blob). Undefined when the bytes do not hold them.
 */
function opensshHeader(bytes) {
    if (!bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC))
        return undefined;
    let at = OPENSSH_MAGIC.length;
    const string = () => {
        if (at + 4 > bytes.length)
            return undefined;
        const length = bytes.readUInt32BE(at);
        if (at + 4 + length > bytes.length)
            return undefined;
        at += 4 + length;
        return bytes.subarray(at - length, at);
    };
    const cipher = string();
    if (!cipher || !string() || !string() || at + 4 > bytes.length)
        return undefined;
    const keys = bytes.readUInt32BE(at);
    at += 4;
    const publicKey = keys >= 1 ? string() : undefined;
    return publicKey ? { cipher: cipher.toString('latin1'), publicKey } : undefined;
}
/** An OpenSSH public key line (`type base64 [comment]`), or undefined when it is not one. */
function parsePublicKey(line) {
    try {
        return lib_default().parseKey(line.trim(), 'ssh');
    }
    catch {
        return undefined;
    }
}
/** Same key type and blob, compared by SHA256 fingerprint: comments and whitespace do not matter. */
const sameKey = (a, b) => a.type === b.type && fingerprint(a) === fingerprint(b);
/** As `ssh-keygen -lf` prints it: SHA256:… */
const fingerprint = (key) => key.fingerprint('sha256').toString();

;// CONCATENATED MODULE: ./src/lambda/checks.ts



/** The regions of Lambda's API spec (v1.6.0); a region named in the live catalog counts too. */
const KNOWN_REGIONS = [
    'europe-central-1',
    'asia-south-1',
    'australia-east-1',
    'me-west-1',
    'asia-northeast-1',
    'asia-northeast-2',
    'us-east-1',
    'us-west-2',
    'us-west-1',
    'us-south-1',
    'us-west-3',
    'us-midwest-1',
    'us-east-2',
    'us-south-2',
    'us-south-3',
    'us-east-3',
    'us-midwest-2',
];
/** The secrets whose values the live checks prove, by the names findings give them. */
const LIVE_SECRETS = {
    apiKey: 'LAMBDA_LABS_API_KEY',
    sshKeyName: 'LAMBDA_LABS_SSH_KEY_NAME',
    sshPrivateKey: 'LAMBDA_LABS_SSH_PRIVATE_KEY',
    region: 'LAMBDA_LABS_REGION',
    instanceType: 'LAMBDA_LABS_INSTANCE_TYPE',
    fileSystem: 'LAMBDA_LABS_SHARED_FS_ID',
    mount: 'LAMBDA_LABS_SHARED_FS_MOUNT',
};
/**
 * Every live check, from what Lambda answered: pure, so each finding is tested without a server.
 * A refused key fails lambda-auth and nothing else runs; a route that failed makes each check that
 * needs it an error saying it could not run. Messages name secrets, never their values, and quote
 * only Lambda data that holds none.
 */
function liveOutcomes(values, answers, context) {
    const say = sayer(context);
    if (answers.refused)
        return [refusedKey(answers.refused, say)];
    const routes = [answers.instanceTypes, answers.sshKeys, answers.fileSystems].filter((a) => a !== undefined);
    const unanswered = routes.find((a) => !a.ok);
    const outcomes = [
        routes.some((a) => a.ok)
            ? say.pass('lambda-auth', LIVE_SECRETS.apiKey)
            : say.unrun('lambda-auth', LIVE_SECRETS.apiKey, 'the API key', unanswered),
    ];
    const regionOutcome = values.region ? checkRegion(values.region, answers.instanceTypes, say) : undefined;
    if (regionOutcome)
        outcomes.push(regionOutcome);
    // Capacity in, and a file system's place against, a region Lambda does not know would only repeat that error.
    const region = regionOutcome && !regionOutcome.finding ? values.region : undefined;
    if (values.instanceType)
        outcomes.push(...checkInstanceType(values.instanceType, region, answers.instanceTypes, say));
    if (values.sshKeyName)
        outcomes.push(checkSshKey(values.sshKeyName, values.sshKey, answers.sshKeys, say));
    if (values.fileSystem)
        outcomes.push(checkFileSystem({ ...values, region }, answers.fileSystems, say));
    return outcomes;
}
function sayer({ pathOf, quotable }) {
    return {
        pass: (check, secret) => ({ check, subject: secret }),
        fail: (check, secret, severity, message) => {
            const path = pathOf(secret);
            return { check, subject: secret, finding: { check, severity, secret, ...(path ? { path } : {}), message } };
        },
        /** An error because a route failed: the check did not run. */
        unrun(check, secret, what, answer) {
            return { ...this.fail(check, secret, 'error', couldNotRun(what, answer)), couldNotRun: true };
        },
        /** Up to three of Lambda's names, nearest to `near` first, leaving out any that holds a value. */
        names: (names, near) => {
            const safe = [...new Set(names)].filter(quotable);
            const chosen = near === undefined ? safe.slice(0, 3) : (0,closest/* nearest */.p)(near, safe, 3);
            return chosen.length ? chosen.map((name) => (0,http/* untrustedText */.Ui)(name, 80)).join(', ') : 'none';
        },
        quotable,
    };
}
const couldNotRun = (what, answer) => `Could not check ${what} against Lambda Cloud: ${answer && !answer.ok ? answer.why : 'it was not read'} The check did not run, so it counts as failed; a re-run may help.`;
const KEY_ADVICE = {
    'global/invalid-api-key': 'the key is wrong, expired or deleted: generate a new one in the Lambda Cloud dashboard (API keys) and update the GitHub secret',
    'global/account-inactive': 'the Lambda Cloud account is not active: check its billing, or ask Lambda support',
};
function refusedKey({ status, code }, say) {
    const advice = (code && KEY_ADVICE[code]) ?? 'check the key and the account in the Lambda Cloud dashboard';
    return say.fail('lambda-auth', LIVE_SECRETS.apiKey, 'error', `Lambda Cloud refused ${LIVE_SECRETS.apiKey} (${status}${code ? ` ${code}` : ', no error code'}): ${advice}. The other Lambda checks did not run.`);
}
function checkRegion(region, catalog, say) {
    const live = catalog?.ok ? catalogRegions(catalog.data) : [];
    if (KNOWN_REGIONS.includes(region) || live.includes(region))
        return say.pass('lambda-region', LIVE_SECRETS.region);
    const closest = say.names([...KNOWN_REGIONS, ...live], region);
    return say.fail('lambda-region', LIVE_SECRETS.region, 'error', catalog?.ok
        ? `${LIVE_SECRETS.region} is not a region Lambda Cloud knows (neither in its API's list nor in the live catalog); closest: ${closest}.`
        : `${LIVE_SECRETS.region} is not in the list of Lambda regions this version knows (closest: ${closest}), and the live catalog, which may name newer ones, could not be read: ${catalog ? couldNotRun('it', catalog) : ''}`);
}
function checkInstanceType(type, region, catalog, say) {
    const secret = LIVE_SECRETS.instanceType;
    if (!catalog?.ok) {
        const what = 'the instance type and its capacity';
        return [
            say.unrun('lambda-instance-type', secret, what, catalog),
            ...(region ? [say.unrun('lambda-capacity', secret, what, catalog)] : []),
        ];
    }
    const entry = Object.entries(catalog.data).find(([key, e]) => key === type || e.instance_type.name === type)?.[1];
    if (!entry) {
        const names = Object.values(catalog.data).map((e) => e.instance_type.name);
        return [
            say.fail('lambda-instance-type', secret, 'error', `${secret} is not in Lambda Cloud's live catalog (${names.length} instance types); closest: ${say.names(names, type)}. Pick one of them, or check that your account can see the type.`),
        ];
    }
    const outcomes = [say.pass('lambda-instance-type', secret)];
    if (!region)
        return outcomes;
    const withCapacity = entry.regions_with_capacity_available.map((r) => r.name);
    outcomes.push(withCapacity.includes(region)
        ? say.pass('lambda-capacity', secret)
        : say.fail('lambda-capacity', secret, 'warning', `Lambda Cloud has no capacity for ${secret} in ${LIVE_SECRETS.region} right now (regions with capacity: ${say.names(withCapacity)}). A launch would fail until capacity returns; this can change within minutes.`));
    return outcomes;
}
function checkSshKey(name, key, registered, say) {
    const secret = LIVE_SECRETS.sshKeyName;
    if (!registered?.ok)
        return say.unrun('lambda-ssh-key', secret, 'the SSH key', registered);
    const candidates = registered.data.filter((k) => k.name === name);
    if (!candidates.length) {
        return say.fail('lambda-ssh-key', secret, 'error', `No SSH key is registered at Lambda Cloud under the name in ${secret} (the account has ${registered.data.length}; closest: ${say.names(registered.data.map((k) => k.name), name)}). Register the public key under that name, or fix the secret.`);
    }
    if (!key)
        return say.pass('lambda-ssh-key', secret);
    const half = publicHalf(key.text);
    if (half.kind === 'unreadable') {
        return say.fail('lambda-ssh-key', secret, 'error', `${key.source} could not be read as an SSH private key, so it could not be compared with the key registered under ${secret}.`);
    }
    if (half.kind === 'encrypted-pem') {
        return say.fail('lambda-ssh-key', secret, 'notice', `${key.source} is a passphrase-protected PEM key, whose public half is encrypted too: it was not compared with the key registered under ${secret}. Converting it to the OpenSSH format (ssh-keygen -p -o -f FILE) lets it be compared without the passphrase.`);
    }
    const keys = candidates.map((k) => parsePublicKey(k.public_key));
    if (keys.some((k) => k && sameKey(k, half.key))) {
        return half.normalised
            ? say.fail('lambda-ssh-key', secret, 'notice', `${key.source} matches the key registered under ${secret}, but only after normalising it: it has CRLF line endings or lacks its final newline. Some ssh clients refuse such a key file; store the key exactly as the file holds it.`)
            : say.pass('lambda-ssh-key', secret);
    }
    const registeredPrint = keys.find((k) => k !== undefined);
    return say.fail('lambda-ssh-key', secret, 'error', registeredPrint
        ? `The key registered under ${secret} (${describe(registeredPrint)}) is not the public half of ${key.source} (${describe(half.key)}): instances launched with it would refuse this key. Register the matching public key (ssh-keygen -y -f FILE) under that name, or update the secret.`
        : `The key registered under ${secret} is not an OpenSSH public key this check can read, so it could not be compared with ${key.source}.`);
}
const describe = (key) => `${key.type.toUpperCase()} ${fingerprint(key)}`;
function checkFileSystem(values, fileSystems, say) {
    const secret = LIVE_SECRETS.fileSystem;
    if (!fileSystems?.ok)
        return say.unrun('lambda-file-system', secret, 'the file system', fileSystems);
    const found = fileSystems.data.find((fs) => fs.id === values.fileSystem) ??
        fileSystems.data.find((fs) => fs.name === values.fileSystem);
    if (!found) {
        return say.fail('lambda-file-system', secret, 'error', `No Lambda Cloud file system has the id or name in ${secret} (the account has ${fileSystems.data.length}; closest names: ${say.names(fileSystems.data.map((fs) => fs.name), values.fileSystem)}).`);
    }
    if (values.region && found.region.name !== values.region) {
        return say.fail('lambda-file-system', secret, 'error', `The file system in ${secret} is in ${say.names([found.region.name])}, not in ${LIVE_SECRETS.region}: Lambda attaches a file system only to instances in its own region (a launch fails with file-system-in-wrong-region).`);
    }
    if (values.mount && found.mount_point !== values.mount) {
        const where = say.quotable(found.mount_point)
            ? (0,http/* untrustedText */.Ui)(found.mount_point, 200)
            : 'a path that holds one of the values';
        return say.fail('lambda-file-system', secret, 'notice', `Lambda mounts the file system in ${secret} at ${where}, not at ${LIVE_SECRETS.mount}: anything that expects it there needs a symlink or the mount point.`);
    }
    return say.pass('lambda-file-system', secret);
}
const catalogRegions = (catalog) => [
    ...new Set(Object.values(catalog).flatMap((e) => e.regions_with_capacity_available.map((r) => r.name))),
];

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/lambda/answers.ts

/** The fields of each route's `data` the checks use (lambda-cloud-api.md); other fields are ignored. */
const named = schemas/* object */.Ikc({ name: schemas/* string */.YjP() });
const SCHEMAS = {
    'instance-types': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ instance_type: named, regions_with_capacity_available: schemas/* array */.YOg(named) })),
    'ssh-keys': schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), public_key: schemas/* string */.YjP() })),
    'file-systems': schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), name: schemas/* string */.YjP(), mount_point: schemas/* string */.YjP(), region: named })),
};
/** Checks a route's `data` against the shape the checks read; a different shape is a route that could not be used. */
function answerOf(route, data) {
    const parsed = SCHEMAS[route].safeParse(data);
    // zod's issues name paths inside Lambda's data, which may hold a value: say only where it broke.
    return parsed.success
        ? { ok: true, data: parsed.data }
        : { ok: false, why: `GET /${route} answered in a shape the checks do not know (at ${pathOf(parsed.error)}).` };
}
/** The schema's own field names may be quoted; a record key (an instance type's name) is Lambda's data. */
const FIELDS = new Set([
    'instance_type',
    'regions_with_capacity_available',
    'name',
    'public_key',
    'id',
    'mount_point',
    'region',
]);
const pathOf = (error) => `data${(error.issues[0]?.path ?? [])
    .map((part) => (typeof part === 'number' ? `[${part}]` : FIELDS.has(String(part)) ? `.${String(part)}` : '[…]'))
    .join('')}`;

;// CONCATENATED MODULE: ./src/lambda/client.ts

/** Lambda refused the API key (401, 403): nothing else can be checked with it. */
class LambdaKeyRefused extends Error {
    status;
    code;
    name = 'LambdaKeyRefused';
    constructor(status, 
    /** Lambda's error code, e.g. global/invalid-api-key, when its answer carried a well-formed one. */
    code) {
        super(`Lambda Cloud refused the API key (${status}${code ? ` ${code}` : ''}).`);
        this.status = status;
        this.code = code;
    }
}
/** A route that gave no usable answer (unreachable, 5xx, timed out, not Lambda's envelope): its checks could not run. */
class LambdaUnavailable extends Error {
    name = 'LambdaUnavailable';
}
/** Lambda's error codes look like `global/invalid-api-key`; anything else is not quoted. */
const ERROR_CODE = /^[a-z0-9-]+\/[a-z0-9-]+$/;
/** A 429 is waited out for as long as the step's timeout allows, but not forever on a server that never relents. */
const MAX_RATE_LIMIT_WAITS = 20;
/**
 * A read-only client of the Lambda Cloud API over the guarded HTTP layer (no redirect followed with
 * the key, capped bodies, server text never quoted raw). GET only, Bearer auth, `{data}` and
 * `{error: {code}}` envelopes. A 429 is waited out (Retry-After) and a 5xx or network failure tried
 * again, all within the step's one `timeout`; each wait is a line in the log.
 */
class LambdaClient {
    options;
    constructor(options) {
        this.options = options;
    }
    /** The `data` of `GET /<route>`. Throws LambdaKeyRefused or LambdaUnavailable. */
    async get(route) {
        const { retry, deadline, logger } = this.options;
        let failures = 0;
        let rateLimited = 0;
        for (;;) {
            let reply;
            let problem;
            let waitMs;
            try {
                reply = await this.once(route);
                if (reply.ok)
                    return envelopeData(reply);
                if (reply.status === 401 || reply.status === 403)
                    throw new LambdaKeyRefused(reply.status, errorCode(reply));
                if (!(0,http/* isRetryableStatus */.PS)(reply.status))
                    throw new LambdaUnavailable(`${answered(reply)}; ${NOT_RETRIED}`);
                problem = answered(reply);
                const asked = (0,http/* retryAfterMs */.Vs)(reply.headers.get('retry-after'));
                if (reply.status === 429 && ++rateLimited <= MAX_RATE_LIMIT_WAITS)
                    waitMs = asked ?? (0,http/* backoffMs */.jo)(retry, rateLimited - 1);
                else
                    waitMs = ++failures < retry.attempts ? (asked ?? (0,http/* backoffMs */.jo)(retry, failures - 1)) : Infinity;
            }
            catch (error) {
                if (!(error instanceof http/* HttpFailure */.HR))
                    throw error;
                if (!error.retryable)
                    throw new LambdaUnavailable(error.message);
                problem = error.message.replace(/\.$/, '');
                waitMs = ++failures < retry.attempts ? (0,http/* backoffMs */.jo)(retry, failures - 1) : Infinity;
            }
            if (waitMs === Infinity)
                throw new LambdaUnavailable(`${problem} (gave up after ${failures} tries).`);
            if (Date.now() + waitMs >= deadline) {
                throw new LambdaUnavailable(`${problem}, and waiting ${(0,http/* formatWait */.Du)(waitMs)} more would pass the step's timeout.`);
            }
            logger.info(`Lambda Cloud: ${problem}; trying again in ${(0,http/* formatWait */.Du)(waitMs)}.`);
            await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
    }
    once(route) {
        return (0,http/* request */.Em)({
            method: 'GET',
            url: `${this.options.apiUrl}/${route}`,
            headers: {
                Authorization: `Bearer ${this.options.apiKey}`,
                Accept: 'application/json',
                'User-Agent': this.options.userAgent,
            },
            what: `GET /${route}`,
            deadline: this.options.deadline,
            timeoutMs: this.options.retry.requestTimeoutMs,
            urlInput: 'lambda-api-url',
            // The largest answer (the instance-type catalog) is tens of kilobytes.
            maxBodyBytes: 2 * 1024 * 1024,
        });
    }
}
const NOT_RETRIED = 'not a failure that passes, so it was not tried again.';
/** `data` of a success, which must be Lambda's envelope; anything else (a gateway's page) is a `malformed` failure. */
function envelopeData(reply) {
    const body = (0,http/* replyJson */.Lh)(reply);
    if (body === null || typeof body !== 'object' || !('data' in body)) {
        throw new http/* HttpFailure */.HR('malformed', `${reply.host} answered ${reply.what} with JSON that is not Lambda's {data} envelope.`);
    }
    return body.data;
}
/** `{error: {code}}` when the body is Lambda's error envelope and the code looks like one. */
function errorCode(reply) {
    try {
        const code = JSON.parse(reply.text)?.error?.code;
        return typeof code === 'string' && ERROR_CODE.test(code) ? code : undefined;
    }
    catch {
        return undefined;
    }
}
/** "cloud.lambda.ai answered GET /ssh-keys with 503 (global/unknown)": status and code, never the text. */
function answered(reply) {
    const code = errorCode(reply);
    return `${(0,http/* untrustedText */.Ui)(reply.host, 100)} answered ${reply.what} with ${reply.status}${code ? ` (${code})` : ''}`;
}

;// CONCATENATED MODULE: ./src/lambda/live.ts



/**
 * The live checks against Lambda Cloud, loaded only when asked for (`check-lambda`, `preflight
 * --live`): each route read once, one after the other (Lambda allows about one request a second),
 * then every check run on what came back.
 */
async function runLiveChecks(client, values, context) {
    return liveOutcomes(values, await readLambda(new LambdaClient(client), values), context);
}
/** The routes the values need (the catalog always: it also proves the key), stopping at a refused key. */
async function readLambda(client, values) {
    const answers = {};
    const wanted = [
        ['instance-types', 'instanceTypes', true],
        ['ssh-keys', 'sshKeys', values.sshKeyName !== undefined],
        ['file-systems', 'fileSystems', values.fileSystem !== undefined],
    ];
    for (const [route, field, needed] of wanted) {
        if (!needed)
            continue;
        try {
            Object.assign(answers, { [field]: answerOf(route, await client.get(route)) });
        }
        catch (error) {
            if (error instanceof LambdaKeyRefused)
                return { refused: { status: error.status, ...(error.code ? { code: error.code } : {}) } };
            if (!(error instanceof LambdaUnavailable))
                throw error;
            Object.assign(answers, { [field]: { ok: false, why: error.message } });
        }
    }
    return answers;
}

;// CONCATENATED MODULE: ./src/lambda/prove.ts




/**
 * Proves the values against Lambda Cloud with their own API key (`check-lambda: true`, `preflight
 * --live`). With the modules it imports, the only code that loads the Lambda client and sshpk:
 * imported when asked for, so a plain sync never pays for it.
 */
async function proveValues(options) {
    const failed = new Set(options.validated.filter((o) => o.finding?.severity === 'error').map((o) => o.subject));
    const value = (secret) => failed.has(secret) ? undefined : options.intake.values.get(secret) || undefined;
    const apiKey = value(LIVE_SECRETS.apiKey);
    if (!apiKey) {
        return {
            outcomes: [],
            notice: `The Lambda Cloud checks did not run: ${LIVE_SECRETS.apiKey} is missing or invalid (see its finding).`,
        };
    }
    const pasted = value(LIVE_SECRETS.sshPrivateKey);
    const sshKey = options.sshKey ?? (pasted ? { text: pasted, source: LIVE_SECRETS.sshPrivateKey } : undefined);
    const values = {
        region: value(LIVE_SECRETS.region),
        instanceType: value(LIVE_SECRETS.instanceType),
        sshKeyName: value(LIVE_SECRETS.sshKeyName),
        ...(sshKey ? { sshKey } : {}),
        fileSystem: value(LIVE_SECRETS.fileSystem),
        mount: value(LIVE_SECRETS.mount),
    };
    options.logger.info(`Lambda Cloud: proving the values against ${options.apiUrl} (read-only).`);
    const outcomes = await runLiveChecks({
        apiUrl: options.apiUrl,
        apiKey: (0,http/* acceptCredential */.oP)(apiKey, LIVE_SECRETS.apiKey, options.mask),
        userAgent: options.userAgent,
        deadline: options.deadline,
        retry: options.retry,
        logger: options.logger,
    }, values, {
        pathOf: (secret) => options.profile.entries.find((e) => e.secret === secret)?.path,
        quotable: (text) => (0,mask/* redact */.E)(text) === text,
    });
    return { outcomes };
}


/***/ })

};
