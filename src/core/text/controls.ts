/**
 * Characters that make text read differently from what it holds. Bidi controls reorder what is shown
 * (`Invoice\u202Egnp.exe` reads "Invoiceexe.png"), zero-width characters hide inside ids and words,
 * and other control characters show as boxes in HTML, PDF and Word. One table for the checker (which
 * warns where they are) and for every output (which shows the first two kinds visibly and drops the
 * third).
 */
export type HiddenCharKind = 'bidi' | 'zero-width' | 'control';

export function hiddenCharKind(codePoint: number): HiddenCharKind | undefined {
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return 'bidi';
  if ((codePoint >= 0x200b && codePoint <= 0x200d) || codePoint === 0x2060 || codePoint === 0xfeff) return 'zero-width';
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return undefined;
  if (codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  return undefined;
}

/** Matches one character of any hidden kind (tab, line feed and carriage return excluded). */
const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** `U+202E` written out, as the outputs show a neutralised character. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text as every output shows it: bidi controls and zero-width characters become a visible
 * `<U+202E>` and other control characters are removed (tab, line feed and carriage return stay). Text without such characters is returned as it is (the same string).
 */
export function neutraliseText(text: string): string {
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(text)) return text;
  HIDDEN.lastIndex = 0;
  return text.replace(HIDDEN, (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    return hiddenCharKind(cp) === 'control' ? '' : `<${codePointName(cp)}>`;
  });
}

export interface HiddenCharRun {
  offset: number;
  length: number;
  kind: HiddenCharKind;
  codePoints: number[];
}

/**
 * Runs of hidden characters in a source text, each a run of one kind, for the checker's warnings and
 * the quick fix that deletes them. A byte order mark at offset 0 is the file's encoding mark, not text.
 */
export function findHiddenChars(text: string): HiddenCharRun[] {
  const runs: HiddenCharRun[] = [];
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(text); m !== null; m = HIDDEN.exec(text)) {
    if (m.index === 0 && m[0] === '\uFEFF') continue;
    const cp = m[0].codePointAt(0) ?? 0;
    const kind = hiddenCharKind(cp) ?? 'control';
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.offset + last.length === m.index) {
      last.length += 1;
      last.codePoints.push(cp);
    } else {
      runs.push({ offset: m.index, length: 1, kind, codePoints: [cp] });
    }
  }
  return runs;
}

/**
 * A deep copy of a model (plain JSON-like data) with every string neutralised, keys included. The
 * exports and the preview call it once on the proposal before drawing anything, so no writer has to
 * remember to. Objects without a hidden character anywhere are returned unchanged.
 */
export function neutraliseModel<T>(value: T): T {
  return neutraliseValue(value) as T;
}

function neutraliseValue(value: unknown): unknown {
  if (typeof value === 'string') return neutraliseText(value);
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const n = neutraliseValue(v);
      if (n !== v) changed = true;
      return n;
    });
    return changed ? out : value;
  }
  if (value instanceof Map) {
    let changed = false;
    const out = new Map<unknown, unknown>();
    for (const [k, v] of value as Map<unknown, unknown>) {
      const nk = neutraliseValue(k);
      const nv = neutraliseValue(v);
      if (nk !== k || nv !== v) changed = true;
      out.set(nk, nv);
    }
    return changed ? out : value;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const nk = neutraliseText(k);
      const nv = neutraliseValue(v);
      if (nk !== k || nv !== v) changed = true;
      out[nk] = nv;
    }
    return changed ? out : value;
  }
  return value;
}
