// Preloaded with `node --import`: gives the action the number of cores in FAKE_CORES, so that the
// tests run each thread plan of mode audit on any machine, and reports on stderr at exit how many
// worker threads this thread started ("workers started: N").
import os from 'node:os';
import { syncBuiltinESMExports } from 'node:module';
import threads from 'node:worker_threads';

const cores = Number(process.env.FAKE_CORES);
os.availableParallelism = () => cores;
let started = 0;
threads.Worker = class extends threads.Worker {
  /** @param {ConstructorParameters<typeof threads.Worker>} args */
  constructor(...args) {
    super(...args);
    started++;
  }
};
syncBuiltinESMExports();
if (threads.isMainThread) process.on('exit', () => process.stderr.write(`workers started: ${started}\n`));
