import { blockingFindings, findingsOf, scoreOf } from '../../src/findings.js';
import { readIntake } from '../../src/intake.js';
import { managedSecrets } from '../../src/modes/sync.js';
import { outputsFor } from '../../src/report/outputs.js';
import { validate } from '../../src/validate/checks.js';
import { exampleProfile } from '../fixtures/example-config.js';
import { H200_SECRETS } from '../fixtures/h200.js';
import { report } from '../fixtures/run-report.js';
import { exitCodeOf, OUTPUT_OF_CHECK, VALIDATION_CASES } from '../fixtures/validation-cases.js';

/** What a sync decides from the values before it reads ESC: the findings, whether they stop it, and what it would write. */
describe.each(['error', 'warning', 'never'] as const)('fail-on %s', (failOn) => {
  it.each(VALIDATION_CASES)('$name', (c) => {
    const profile = exampleProfile();
    const names = [...profile.entries.map((e) => e.secret), ...Object.keys(profile.legacy)];
    const intake = readIntake(names, undefined, { ...H200_SECRETS, [c.secret]: c.value }, () => {});
    const outcomes = validate(profile, intake);
    const findings = findingsOf(outcomes);

    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([
      expect.objectContaining({
        check: c.check,
        severity: c.severity,
        secret: c.secret,
        message: expect.stringMatching(c.message),
      }),
    ]);
    expect(blockingFindings(findings, failOn).length > 0).toBe(exitCodeOf(c, failOn) === 1);
    expect(scoreOf(outcomes)).toBeLessThan(100);
    // A value that breaks a rule or is missing is not written; a warning's value and a legacy name's skipped value are.
    const skipped = c.check === 'legacy' || c.severity === 'warning' ? 0 : 1;
    expect(managedSecrets(profile, intake, findings)).toHaveLength(10 - skipped);
    const output = OUTPUT_OF_CHECK[c.check];
    if (output) expect(outputsFor(report({ outcomes }))[output]).toBe(c.secret);
    for (const line of c.value.split(/\r?\n/).map((l) => l.trim()))
      if (line.length >= 4) expect(JSON.stringify(findings)).not.toContain(line);
  });
});
