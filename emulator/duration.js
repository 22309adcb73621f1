// The open route's `duration` parameter, a Go duration.

/**
 * `5m`, `1h30m`, `90s`, `250ms`…
 * @param {string} text
 * @returns {number | undefined} milliseconds, undefined when invalid or not positive
 */
export function parseDuration(text) {
  const unit = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  if (!/^(\d+(\.\d*)?(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, , u] of text.matchAll(/(\d+(\.\d*)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(amount) * unit[/** @type {keyof typeof unit} */ (u)];
  }
  return total > 0 ? total : undefined;
}
