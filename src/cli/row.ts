/** One line of the checklist: `--json` prints these as they are. */
export interface Row {
  check: string;
  ok: boolean;
  message: string;
  /** A warning: ok, shown as ⚠️ in the table. */
  warning?: boolean;
}

export const pass = (check: string, message: string): Row => ({ check, ok: true, message });
export const fail = (check: string, message: string): Row => ({ check, ok: false, message });

/** The table a person reads: ✅, ⚠️ or ❌, the check's name, one line of advice. */
export function table(rows: readonly Row[]): string {
  const width = Math.max(...rows.map((r) => r.check.length));
  return rows
    .map((r) => `${r.ok ? (r.warning ? '⚠️ ' : '✅') : '❌'} ${r.check.padEnd(width)}  ${r.message}`)
    .join('\n');
}

/** `--json`: `[{check, ok, message}]`, nothing else. */
export const json = (rows: readonly Row[]): string =>
  JSON.stringify(
    rows.map(({ check, ok, message }) => ({ check, ok, message })),
    null,
    2,
  );
