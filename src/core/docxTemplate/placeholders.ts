import { descendants, escapeXml, isElement, type Splice, type XmlElement } from './xmlTree';

/**
 * `{{name}}` placeholders in a WordprocessingML part, filled even when Word split one over several
 * runs (`{{cus` + `tomer}}`, as it does after an edit or a spelling mark): the text of a paragraph's
 * `w:t` elements is read as one string, each match's value goes into the first `w:t` it touches
 * and its other characters are removed from the rest, so the runs keep their formatting.
 */
export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g;

export interface PlaceholderScan {
  splices: Splice[];
  /** Placeholders found whose name has no value (left as written). */
  unknown: string[];
  /** Paragraphs holding `{{body}}`: where the generated content goes. */
  bodyParagraphs: Array<{ paragraph: XmlElement; onlyMarker: boolean }>;
}

/** The `w:t` elements of a paragraph, not those of paragraphs nested in it (text boxes). */
function ownTexts(p: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of p.children) {
    if (!isElement(c) || c.name === 'w:p') continue;
    if (c.name === 'w:t') out.push(c);
    else ownTexts(c, out);
  }
  return out;
}

export function fillPlaceholders(
  root: XmlElement,
  values: Readonly<Record<string, string>>,
  options: { bodyMarker?: boolean } = {},
): PlaceholderScan {
  const splices: Splice[] = [];
  const unknown = new Set<string>();
  const bodyParagraphs: PlaceholderScan['bodyParagraphs'] = [];
  for (const p of descendants(root, 'w:p')) {
    const texts = ownTexts(p);
    const strings = texts.map(textOfT);
    const joined = strings.join('');
    if (!joined.includes('{{')) continue;
    const matches: Array<{ start: number; end: number; value: string }> = [];
    let hasBody = false;
    for (const m of joined.matchAll(PLACEHOLDER)) {
      const name = m[1] ?? '';
      const start = m.index;
      const end = start + m[0].length;
      if (name === 'body' && options.bodyMarker) {
        hasBody = true;
        matches.push({ start, end, value: '' });
      } else if (Object.hasOwn(values, name)) {
        matches.push({ start, end, value: (values[name] ?? '').replace(/\s*[\r\n]+\s*/g, ' ') });
      } else unknown.add(`{{${name}}}`);
    }
    if (!matches.length) continue;
    if (hasBody) {
      const rest = joined.replace(PLACEHOLDER, (all, name: string) => (name === 'body' ? '' : all)).trim();
      bodyParagraphs.push({ paragraph: p, onlyMarker: rest === '' });
    }
    let offset = 0;
    let mi = 0;
    texts.forEach((t, i) => {
      const s = strings[i] ?? '';
      let out = '';
      for (let k = 0; k < s.length; k++) {
        const at = offset + k;
        while (mi < matches.length && (matches[mi]?.end ?? 0) <= at) mi++;
        const m = matches[mi];
        if (m && at >= m.start && at < m.end) {
          if (at === m.start) out += m.value;
          continue;
        }
        out += s[k];
      }
      offset += s.length;
      if (out !== s)
        splices.push({ start: t.start, end: t.end, text: `<w:t xml:space="preserve">${escapeXml(out)}</w:t>` });
    });
  }
  return { splices, unknown: [...unknown], bodyParagraphs };
}

function textOfT(t: XmlElement): string {
  return t.children.map((c) => (isElement(c) ? '' : c)).join('');
}
