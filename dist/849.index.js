export const id = 849;
export const ids = [849];
export const modules = {

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
