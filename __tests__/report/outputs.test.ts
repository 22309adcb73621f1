import { outputsFor } from '../../src/report/outputs.js';
import { finding, change, report } from '../fixtures/run-report.js';

describe('outputsFor', () => {
  it('counts changes and lists missing secrets', () => {
    const outputs = outputsFor(
      report({
        changes: [change('A', 'add'), change('B', 'add'), change('C', 'update'), change('D', 'unchanged')],
        changed: true,
        revision: 7,
        outcomes: [{ check: 'required', finding: finding('error', 'X') }, { check: 'required' }],
      }),
    );
    expect(outputs).toEqual({
      changed: 'true',
      revision: '7',
      added: '2',
      updated: '1',
      unchanged: '1',
      removed: '0',
      missing: 'X',
      legacy: '',
      mismatched: '',
      score: '50',
      'comment-url': '',
    });
  });

  it('leaves changed and the counts empty when a plan did not read ESC: nobody knows them', () => {
    const outputs = outputsFor(report({ mode: 'plan', outcomes: [{ check: 'required' }, { check: 'rule' }] }));
    expect(outputs).toMatchObject({ changed: '', revision: '', added: '', updated: '', unchanged: '', removed: '' });
    expect(outputs.score).toBe('100');
  });
});
