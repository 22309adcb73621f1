// web-tree-sitter's CommonJS build. Its ES module build imports node:module dynamically to make a
// `require`, which the bundler turns into an empty namespace; this one has `require` already.
module.exports = require('web-tree-sitter');
