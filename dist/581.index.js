export const id = 581;
export const ids = [581];
export const modules = {

/***/ 6581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keepPullRequestComment: () => (/* binding */ keepPullRequestComment)
});

// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(3540);
;// CONCATENATED MODULE: ./src/report/comment.ts


/** GitHub refuses an issue comment longer than this. */
const MAX_COMMENT_CHARS = 65536;
/** Rows per table: a comment is read on the pull request, the rest is one click away in the run. */
const MAX_COMMENT_ROWS = 100;
/**
 * The hidden first line that finds the comment again: one for audit, one per environment for plan.
 * ESC names hold only letters, digits, `-`, `_` and `.`, so no name can end the HTML comment.
 */
function commentMarker(report) {
    return report.mode === 'plan'
        ? `<!-- lambda-h200-sync:plan:${report.environment ?? ''} -->`
        : `<!-- lambda-h200-sync:${report.mode} -->`;
}
/**
 * The pull-request comment: the marker, the headline, the planned changes (changed rows only) or
 * the findings, and a link to the run. `mask` is the log's masking function: the runner does not
 * mask comments. At most MAX_COMMENT_CHARS, cut at a line with a note that links the run.
 */
function renderComment(report, runUrl, mask) {
    const title = `### lambda-h200-sync: ${report.mode}${report.environment ? ` of \`${report.environment}\`` : ''}`;
    const lines = [title, '', (0,summary/* headline */.Pl)(report), ''];
    for (const notice of report.notices)
        lines.push(`> ℹ️ ${(0,summary/* escapeCell */.kq)(notice)}`, '');
    for (const note of report.logLines)
        lines.push(`- ${(0,summary/* escapeCell */.kq)(note)}`);
    if (report.logLines.length)
        lines.push('');
    const inTheRun = ` in [the run](${runUrl})`;
    const changed = report.changes.filter((c) => c.action !== 'unchanged');
    if (report.mode === 'plan' && changed.length) {
        lines.push(...(0,summary/* table */.tp)(
        // The columns in the job summary's order, result first: a table wider than the page never hides it.
        '| Plan | Secret | ESC path |', changed.map((c) => `| ${c.action} | ${(0,summary/* code */.aY)(c.secret)} | ${(0,summary/* code */.aY)(c.path)} |`), MAX_COMMENT_ROWS, inTheRun));
    }
    const findings = (0,summary/* bySeverity */.Np)((0,src_findings/* findingsOf */.WX)(report.outcomes));
    if (findings.length)
        lines.push('#### Findings', '', ...(0,summary/* table */.tp)('| Severity | Where | Check | Message |', findings.map(row), MAX_COMMENT_ROWS, inTheRun));
    const footer = `[The run](${runUrl}) has every check in its summary and log.`;
    return fit(mask(`${commentMarker(report)}\n${lines.join('\n')}\n${footer}\n`), runUrl);
}
function row(f) {
    const where = f.file
        ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`
        : (f.secret ?? f.path ?? '');
    return `| ${f.severity} | ${where ? (0,summary/* code */.aY)(where) : ''} | ${f.check} | ${(0,summary/* escapeCell */.kq)(f.message)} |`;
}
/** Cuts at a line so that the note fits within GitHub's limit. */
function fit(body, runUrl) {
    if (body.length <= MAX_COMMENT_CHARS)
        return body;
    const note = `\n… cut here to stay within GitHub's ${MAX_COMMENT_CHARS.toLocaleString('en-US')}-character limit for a comment; [the run](${runUrl}) has everything.\n`;
    const room = MAX_COMMENT_CHARS - note.length;
    const at = body.lastIndexOf('\n', room);
    return `${body.slice(0, at > 0 ? at : room)}${note}`;
}

;// CONCATENATED MODULE: ./src/report/pull-request-comment.ts


/**
 * On a pull request (with pr-comment: true), modes plan and audit keep one comment with their
 * result, found again by its marker and updated in place. The comment never changes the step's
 * result: a token that may not write is a notice saying which permission to add, any other
 * failure a warning.
 */
async function keepPullRequestComment(report, pullRequest) {
    if (!pullRequest.hasToken) {
        report.notices.push('No pull-request comment: the github-token input is empty. Leave it at its default (the job’s token) with `permissions: pull-requests: write`, or set pr-comment: false.');
        return;
    }
    try {
        const pull = await pullRequest.open();
        const { url, action } = await pull.upsertComment(commentMarker(report), renderComment(report, pull.runUrl, mask/* redact */.E));
        if (url)
            report.commentUrl = url;
        report.logLines.push(`Pull-request comment ${action}${url ? `: ${url}` : ''}.`);
    }
    catch (error) {
        const { kind, message } = error;
        if (kind === 'permission') {
            report.notices.push(`No pull-request comment: the token may not write to this pull request (${message}). Add \`pull-requests: write\` to the job's \`permissions\`; on pull requests from forks the token is read-only whatever the workflow says, and the result is in the job summary.`);
        }
        else {
            (report.warnings ??= []).push(`The pull-request comment was not written: ${message ?? String(error)}`);
        }
    }
}


/***/ })

};
