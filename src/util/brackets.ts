/** Offset just past the bracket that closes the one at `open` (nesting counted), or `limit` when none does. */
export function pastClosing(text: string, open: number, limit: number): number {
  const [opening, closing] = text[open] === '(' ? ['(', ')'] : ['[', ']'];
  let depth = 0;
  for (let i = open; i < limit; i++) {
    if (text[i] === opening) depth++;
    else if (text[i] === closing && --depth === 0) return i + 1;
  }
  return limit;
}
