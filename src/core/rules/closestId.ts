/**
 * The candidate nearest to `id` by edit distance (case-insensitive), for "did you mean" hints; none
 * when nothing is reasonably close. Bounded work: long strings and huge candidate lists are cut off
 * so a hostile file cannot make suggestions quadratic.
 */
const MAX_CANDIDATES = 2000;
const MAX_LENGTH = 64;

export function closestId(id: string, candidates: Iterable<string>): string | undefined {
  const target = id.toLowerCase().slice(0, MAX_LENGTH);
  let best: string | undefined;
  let bestDistance = Infinity;
  let seen = 0;
  for (const c of candidates) {
    if (++seen > MAX_CANDIDATES) break;
    if (c === id) continue;
    const d = editDistance(target, c.toLowerCase().slice(0, MAX_LENGTH));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  // Beyond about a third of the length the "suggestion" is just another id, not a likely typo.
  const limit = Math.max(2, Math.ceil(target.length / 3));
  return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}
