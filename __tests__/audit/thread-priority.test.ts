import { schemaThreadNice } from '../../src/audit/thread-priority.js';

it.each([
  // the thread's nice value → the one a schema thread takes
  [0, 5],
  [-5, 0],
  [10, 15],
  [14, 19],
  [17, 19],
  [19, 19],
])('a schema thread at nice %i steps back to %i', (current, nice) => {
  expect(schemaThreadNice(current)).toBe(nice);
});
