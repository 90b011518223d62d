/**
 * "Did you mean" suggestions for config errors: most config mistakes are typos of a known word
 * (`retension`, `legitimate_interest`), so the closest known word is the most useful hint.
 */

/** Edit distance (insert, delete, substitute, transpose adjacent) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + substitution,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, table[i - 2]![j - 2]! + 1);
      }
      table[i]![j] = best;
    }
  }
  return table[a.length]![b.length]!;
}

/**
 * The candidate a person most likely meant, or undefined when nothing is close enough to be a typo.
 * Comparison ignores case and `-`/`_` differences (`legal-basis` → `legal_basis`).
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const normalizedInput = normalizeForComparison(input);
  const allowedDistance = Math.max(1, Math.min(3, Math.floor(normalizedInput.length / 3)));
  // An abbreviation (`warn` for `warning`) is a near miss whatever its edit distance.
  if (normalizedInput.length >= 3) {
    const extended = [...candidates].sort().find((candidate) => normalizeForComparison(candidate).startsWith(normalizedInput));
    if (extended !== undefined) return extended;
  }
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of [...candidates].sort()) {
    const distance = editDistance(normalizedInput, normalizeForComparison(candidate));
    if (distance <= allowedDistance && (best === undefined || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}

/**
 * Up to `limit` candidates ordered by closeness; used where a list of known names helps even
 * without a near miss (unknown category keys: the closest keys of the taxonomy).
 * Dotted keys also score by their last segment, so `user.email` finds `user.contact.email`.
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const normalizedInput = normalizeForComparison(input);
  const inputLastSegment = lastSegment(normalizedInput);
  const scored = candidates.map((candidate) => {
    const normalizedCandidate = normalizeForComparison(candidate);
    const wholeDistance = editDistance(normalizedInput, normalizedCandidate);
    const segmentDistance = editDistance(inputLastSegment, lastSegment(normalizedCandidate));
    return { candidate, score: Math.min(wholeDistance, segmentDistance * 2 + 1) };
  });
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : x.candidate > y.candidate ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

function normalizeForComparison(word: string): string {
  return word.toLowerCase().replace(/-/g, '_');
}

function lastSegment(key: string): string {
  const dot = key.lastIndexOf('.');
  return dot === -1 ? key : key.slice(dot + 1);
}
