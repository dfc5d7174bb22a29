/**
 * The candidate nearest to `id` by edit distance (case-insensitive), for "did you mean" hints; none
 * when nothing is reasonably close. Bounded work: long strings and huge candidate lists are cut off
 * so a hostile file cannot make suggestions quadratic.
 */
const MAX_CANDIDATES = 2000;
const MAX_LENGTH = 64;

/**
 * Candidates lowercased and cut once. One check asks for suggestions for every broken reference
 * against the same ids; lowercasing them per call was most of the cost (84 ms for 28 broken
 * references in a cold 50k-line check).
 */
export interface SuggestionPool {
  readonly ids: readonly string[];
  /** `ids[i]` lowercased and cut to MAX_LENGTH. */
  readonly keys: readonly string[];
}

/** Keeps the first MAX_CANDIDATES ids, the ones `closestId` would have looked at. */
export function suggestionPool(candidates: Iterable<string>): SuggestionPool {
  const ids: string[] = [];
  const keys: string[] = [];
  for (const c of candidates) {
    if (ids.length === MAX_CANDIDATES) break;
    ids.push(c);
    keys.push(c.toLowerCase().slice(0, MAX_LENGTH));
  }
  return { ids, keys };
}

export function closestId(id: string, candidates: Iterable<string> | SuggestionPool): string | undefined {
  const pool = isPool(candidates) ? candidates : suggestionPool(candidates);
  const target = id.toLowerCase().slice(0, MAX_LENGTH);
  // Beyond about a third of the length the "suggestion" is just another id, not a likely typo.
  const limit = Math.max(2, Math.ceil(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const row: number[] = [];
  for (let i = 0; i < pool.ids.length; i++) {
    const c = pool.ids[i];
    const key = pool.keys[i];
    if (c === undefined || key === undefined || c === id) continue;
    // Only a strictly nearer candidate within the limit can change the answer (ties keep the first),
    // and the distance is at least the difference in length: most candidates end here.
    const bound = Math.min(limit, bestDistance - 1);
    if (Math.abs(key.length - target.length) > bound) continue;
    const d = editDistanceAtMost(target, key, bound, row);
    if (d <= bound) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

function isPool(candidates: Iterable<string> | SuggestionPool): candidates is SuggestionPool {
  return 'keys' in candidates && 'ids' in candidates && Array.isArray(candidates.keys);
}

/**
 * Levenshtein distance of `a` and `b` when it is at most `max`, otherwise some number above `max`
 * (the row minimum never decreases, so once it passes `max` the answer cannot come back under).
 * `row` is scratch space reused across calls.
 */
function editDistanceAtMost(a: string, b: string, max: number, row: number[]): number {
  if (a === b) return 0;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return row[b.length] ?? Math.max(a.length, b.length);
}
