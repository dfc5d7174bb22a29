// Small statistics and table helpers shared by the bench files.

/** @param {readonly number[]} values */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times; returns the median in ms. */
/**
 * @param {(i: number) => unknown} fn
 * @param {{ warmup?: number, runs?: number }} [options]
 */
export function timeMedian(fn, { warmup = 3, runs = 7 } = {}) {
  for (let i = 0; i < warmup; i++) fn(i);
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn(warmup + i);
    times.push(performance.now() - started);
  }
  return median(times);
}

/**
 * @param {readonly string[]} header
 * @param {ReadonlyArray<ReadonlyArray<unknown>>} rows
 */
export function markdownTable(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => String(r[c]).length)));
  /** @param {ReadonlyArray<unknown>} r */
  const line = (r) => `| ${r.map((v, c) => String(v).padEnd(widths[c])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** @param {number} v */
export const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
