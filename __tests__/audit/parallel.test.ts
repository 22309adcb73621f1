import { threadPlan } from '../../src/audit/parallel.js';

it.each([
  // cores, files → rules threads, schema threads
  [1, 10_000, 1, 0],
  [2, 199, 1, 0],
  [2, 200, 1, 1],
  [2, 1_000, 1, 1],
  [3, 1_000, 2, 1],
  [4, 1_000, 2, 2],
  [4, 300, 2, 1],
  [64, 1_000, 2, 2],
  [8, 0, 1, 0],
])('%i cores, %i files: %i rules threads and %i schema threads', (cores, files, rules, schema) => {
  expect(threadPlan(cores, files)).toEqual({ rules, schema });
});
