export const id = 637;
export const ids = [637,849];
export const modules = {

/***/ 2270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hy: () => (/* binding */ transferables),
/* harmony export */   Jh: () => (/* binding */ Event),
/* harmony export */   dw: () => (/* binding */ documentEvents)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** One step of GitHub's YAML reader, as the template reader takes them. */
var Event;
(function (Event) {
    Event[Event["DocumentStart"] = 0] = "DocumentStart";
    Event[Event["DocumentEnd"] = 1] = "DocumentEnd";
    Event[Event["SequenceStart"] = 2] = "SequenceStart";
    Event[Event["SequenceEnd"] = 3] = "SequenceEnd";
    Event[Event["MappingStart"] = 4] = "MappingStart";
    Event[Event["MappingEnd"] = 5] = "MappingEnd";
    /** A key whose value is a string. */
    Event[Event["Key"] = 6] = "Key";
    /** A key whose value is not a string (a number, or nothing for a key that is a collection): in `others`. */
    Event[Event["OtherKey"] = 7] = "OtherKey";
    Event[Event["String"] = 8] = "String";
    /** A string with the source text GitHub's tokens keep, next in the pool. */
    Event[Event["StringWithSource"] = 9] = "StringWithSource";
    /** As StringWithSource, then the block scalar header (`|-`, `>+`). */
    Event[Event["StringWithHeader"] = 10] = "StringWithHeader";
    Event[Event["Number"] = 11] = "Number";
    Event[Event["True"] = 12] = "True";
    Event[Event["False"] = 13] = "False";
    Event[Event["Null"] = 14] = "Null";
})(Event || (Event = {}));
/** The buffers of a document's events, which postMessage moves to the other thread instead of copying. */
const transferables = (doc) => [doc.events, doc.offsets, doc.lengths, doc.numbers, doc.lineStarts].map((array) => array.buffer);
/**
 * The events of a document we parsed already, in one walk, as GitHub's reader makes them: aliases
 * read as what they name, and one inside the node it names skipped.
 */
function documentEvents(doc, lines) {
    const events = [];
    const offsets = [];
    const strings = [];
    const numbers = [];
    const others = [];
    const at = (node) => {
        const range = node?.range;
        if (range?.[0] === undefined || range[1] === undefined)
            offsets.push(-1, -1);
        else
            offsets.push(range[0], range[1]);
    };
    const walk = (node, resolving) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seq = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node);
            events.push(seq ? Event.SequenceStart : Event.MappingStart);
            at(node);
            for (const item of node.items)
                walk(item, resolving);
            events.push(seq ? Event.SequenceEnd : Event.MappingEnd);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node)) {
            at(node);
            events.push(literal(node, strings, numbers));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            const target = node.resolve(doc);
            if (target && !resolving.has(target))
                walk(target, new Set(resolving).add(target));
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node)) {
            const key = node.key?.value;
            at(node.key);
            if (typeof key === 'string')
                strings.push(key);
            else
                others.push(key);
            events.push(typeof key === 'string' ? Event.Key : Event.OtherKey);
            walk(node.value, resolving);
        }
    };
    events.push(Event.DocumentStart);
    walk(doc.contents, new Set());
    events.push(Event.DocumentEnd);
    const lengths = new Int32Array(strings.length);
    for (let i = 0; i < strings.length; i++)
        lengths[i] = strings[i].length;
    // The constructors copy plain arrays fast; `from` goes through the iterator.
    return {
        events: new Uint8Array(events),
        offsets: new Int32Array(offsets),
        pool: strings.join(''),
        lengths,
        numbers: new Float64Array(numbers),
        others,
        lineStarts: new Int32Array(lines.lineStarts),
    };
}
/** A scalar's event, its strings and number pushed where the reader takes them (as YamlObjectReader.getLiteralToken reads it). */
function literal(node, strings, numbers) {
    const value = node.value;
    if (value === null || value === undefined)
        return Event.Null;
    if (typeof value === 'number') {
        numbers.push(value);
        return Event.Number;
    }
    if (typeof value === 'boolean')
        return value ? Event.True : Event.False;
    if (typeof value !== 'string')
        throw new Error(`Unexpected value type '${typeof value}' when reading object`);
    strings.push(value);
    const src = node.srcToken;
    if (!src || !('source' in src) || typeof src.source !== 'string')
        return Event.String;
    strings.push(src.source);
    const header = src.type === 'block-scalar' ? src.props?.find((p) => p.type === 'block-scalar-header')?.source : undefined;
    if (!header)
        return Event.StringWithSource;
    strings.push(header);
    return Event.StringWithHeader;
}


/***/ }),

/***/ 2637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveSchemaChecks: () => (/* binding */ serveSchemaChecks)
/* harmony export */ });
/* harmony import */ var _workflow_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7849);

/** A schema thread's side: check each document that comes on any of its ports, and answer on that port. */
function serveSchemaChecks(ports) {
    for (const port of ports)
        port.on('message', ({ index, path, document }) => {
            // A fault in GitHub's parser ends this thread with the error, and the audit with it, as it would in one thread.
            void (0,_workflow_schema_js__WEBPACK_IMPORTED_MODULE_0__.workflowSchemaErrors)(path, document).then((errors) => port.postMessage({ index, errors }));
        });
}


/***/ }),

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  workflowSchemaErrors: () => (/* binding */ workflowSchemaErrors)
});

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var dist = __webpack_require__(2657);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/convert.js + 23 modules
var convert = __webpack_require__(9443);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js + 1 modules
var template_reader = __webpack_require__(6074);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var workflow_constants = __webpack_require__(6340);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 14 modules
var workflow_schema = __webpack_require__(4392);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __webpack_require__(3262);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/audit/document-events.ts
var document_events = __webpack_require__(2270);
;// CONCATENATED MODULE: ./src/audit/document-reader.ts



/**
 * GitHub's YAML reader (`YamlObjectReader`) over a document's events (document-events.ts): the
 * same tokens, made one at a time as GitHub's template reader asks for them, instead of through
 * one generator per level of nesting, which cost more than the schema check itself.
 */
class DocumentReader {
    doc;
    fileId;
    lines = new yaml_dist/* LineCounter */.HN();
    event = 0;
    node = 0;
    string = 0;
    poolAt = 0;
    number = 0;
    other = 0;
    constructor(doc, fileId) {
        this.doc = doc;
        this.fileId = fileId;
        for (const start of doc.lineStarts)
            this.lines.addNewLine(start);
    }
    allowLiteral() {
        const event = this.doc.events[this.event];
        if (event < document_events/* Event */.Jh.Key)
            return undefined;
        this.event++;
        const range = this.range();
        switch (event) {
            case document_events/* Event */.Jh.Null:
                return new tokens/* NullToken */.Z4(this.fileId, range, undefined);
            case document_events/* Event */.Jh.Number:
                return new tokens/* NumberToken */.X1(this.fileId, range, this.doc.numbers[this.number++], undefined);
            case document_events/* Event */.Jh.True:
            case document_events/* Event */.Jh.False:
                return new tokens/* BooleanToken */.Km(this.fileId, range, event === document_events/* Event */.Jh.True, undefined);
            case document_events/* Event */.Jh.OtherKey:
                // GitHub's reader makes every key a string token, whatever its value.
                return new tokens/* StringToken */.Hj(this.fileId, range, this.doc.others[this.other++], undefined);
            case document_events/* Event */.Jh.Key:
            case document_events/* Event */.Jh.String:
                return new tokens/* StringToken */.Hj(this.fileId, range, this.nextString(), undefined);
            default: {
                const value = this.nextString();
                const source = this.nextString();
                const header = event === document_events/* Event */.Jh.StringWithHeader ? this.nextString() : undefined;
                return new tokens/* StringToken */.Hj(this.fileId, range, value, undefined, source, header);
            }
        }
    }
    allowSequenceStart() {
        return this.skip(document_events/* Event */.Jh.SequenceStart) ? new tokens/* SequenceToken */.vd(this.fileId, this.range(), undefined) : undefined;
    }
    allowSequenceEnd() {
        return this.skip(document_events/* Event */.Jh.SequenceEnd);
    }
    allowMappingStart() {
        return this.skip(document_events/* Event */.Jh.MappingStart) ? new tokens/* MappingToken */.eJ(this.fileId, this.range(), undefined) : undefined;
    }
    allowMappingEnd() {
        return this.skip(document_events/* Event */.Jh.MappingEnd);
    }
    validateStart() {
        if (!this.skip(document_events/* Event */.Jh.DocumentStart))
            throw new Error('Expected start of reader');
    }
    validateEnd() {
        if (!this.skip(document_events/* Event */.Jh.DocumentEnd))
            throw new Error('Expected end of reader');
    }
    skip(event) {
        if (this.doc.events[this.event] !== event)
            return false;
        this.event++;
        return true;
    }
    nextString() {
        const length = this.doc.lengths[this.string++];
        this.poolAt += length;
        return this.doc.pool.slice(this.poolAt - length, this.poolAt);
    }
    /** The next node's range, as GitHub's reader gives it: lines and columns, or nothing without offsets. */
    range() {
        const start = this.doc.offsets[2 * this.node];
        const end = this.doc.offsets[2 * this.node++ + 1];
        if (start < 0)
            return undefined;
        const from = this.lines.linePos(start);
        const to = this.lines.linePos(end);
        return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
    }
}

;// CONCATENATED MODULE: ./src/audit/workflow-schema.ts







// GitHub's messages quote the file; one line of this length is enough to say what is wrong.
const MAX_MESSAGE = 300;
/**
 * What GitHub's own parser (`@actions/workflow-parser`, the one behind the Actions language
 * server) reports for a file that is valid YAML: unknown or missing keys, wrong types, expressions
 * that use a context where GitHub does not allow it (`secrets` in a step's `if:`), invalid cron,
 * jobs that need unknown jobs. Reusable workflows it calls are not fetched.
 */
async function workflowSchemaErrors(file, events) {
    const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), (0,workflow_schema/* getWorkflowSchema */.L)(), new dist/* NoOperationTraceWriter */.P0());
    const fileId = context.getFileId(file);
    const template = (0,template_reader/* readTemplate */.x)(context, workflow_constants/* WORKFLOW_ROOT */.D, new DocumentReader(events, fileId), fileId);
    // Convert even after errors in the first pass, so that every error is reported at once.
    if (template)
        await (0,dist/* convertWorkflowTemplate */.DE)(context, template, undefined, { errorPolicy: convert/* ErrorPolicy */.t.TryConversion });
    // Converting after errors may report the same fault again in other words: one error per line, the first.
    const lines = new Set();
    return context.errors.getErrors().flatMap((error) => {
        const range = error.range;
        const line = range?.start.line ?? 1;
        if (lines.has(line))
            return [];
        lines.add(line);
        return [
            {
                message: error.rawMessage.split('\n')[0].slice(0, MAX_MESSAGE),
                line,
                column: range?.start.column ?? 1,
                ...(range ? { endLine: range.end.line, endColumn: range.end.column } : {}),
            },
        ];
    });
}


/***/ })

};
