/** The candidate nearest to `word` (case-insensitive edit distance), when it is near enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const [best] = ranked(word, candidates);
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

/** Up to `count` candidates, nearest to `word` first (ties in the candidates' order), however far they are. */
export function nearest(word: string, candidates: readonly string[], count: number): string[] {
  return ranked(word, candidates)
    .slice(0, count)
    .map((r) => r.candidate);
}

function ranked(word: string, candidates: readonly string[]): { candidate: string; distance: number }[] {
  const target = word.toLowerCase();
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(target, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance);
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
