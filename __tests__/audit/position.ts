/** `line:column-endColumn` of the n-th occurrence of `needle` in `text`, counted from the text itself. */
export function at(text: string, needle: string, nth = 0): string {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset === -1) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, offset).split('\n');
  const column = before.at(-1)!.length + 1;
  return `${before.length}:${column}-${column + needle.length}`;
}
