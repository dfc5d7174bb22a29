/**
 * Column letters, the text hash, the header words that name each column role (English and Chinese)
 * and the priority words that map to MoSCoW.
 */
import type { Priority, RfpColumn, RfpMark } from '../model';
import { RFP_ROLES, type RfpRole, type RoleColumns } from './types';

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A -> 0; undefined when the text is not a column letter (A to XFD). */
export function columnIndex(letters: string): number | undefined {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return undefined;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < 16384 ? n - 1 : undefined;
}

/**
 * A column as `rfp.columns` and `--columns` name it, 0-based: a letter (`D`), or a 1-based number
 * (`4`, as a Word table's cells are written); undefined when it is neither.
 */
export function columnFromSpec(value: RfpColumn): number | undefined {
  const text = typeof value === 'number' ? '' : value.trim();
  const n = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : undefined;
  if (n === undefined) return columnIndex(text);
  return Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
}

/** "B12" -> { col: 1, row: 12 }. */
export function parseCellRef(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  const col = columnIndex(m[1] ?? '');
  return col === undefined ? undefined : { col, row: Number(m[2]) };
}

/** NFC, every run of whitespace one space, trimmed: the text the hash is taken of. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** FNV-1a 32-bit over the UTF-8 bytes of the normalised text, as 8 lowercase hex digits. */
export function textHash(text: string): string {
  const s = normaliseForHash(text);
  let h = 0x811c9dc5;
  const byte = (b: number): void => {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) byte(c);
    else if (c < 0x800) {
      byte(0xc0 | (c >> 6));
      byte(0x80 | (c & 63));
    } else if (c < 0x10000) {
      byte(0xe0 | (c >> 12));
      byte(0x80 | ((c >> 6) & 63));
      byte(0x80 | (c & 63));
    } else {
      byte(0xf0 | (c >> 18));
      byte(0x80 | ((c >> 12) & 63));
      byte(0x80 | ((c >> 6) & 63));
      byte(0x80 | (c & 63));
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** Header label as compared: NFKC (full-width to half-width), lower case, no trailing marks. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/[*:：()（）[\]【】]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Header words per role. Exact matches weigh most; a multi-character word contained in the label
 * counts less. Earlier words in a list weigh slightly more, so 招标文件条目号 beats 序号 for the id.
 */
const ROLE_WORDS: Record<RfpRole, readonly string[]> = {
  id: [
    '招标文件条目号',
    '条目号',
    '条款号',
    '需求编号',
    '编号',
    'requirement id',
    'req id',
    'req. id',
    'req no',
    'req no.',
    'req. no.',
    'req #',
    'requirement no',
    'requirement no.',
    'requirement number',
    'ref no',
    'ref no.',
    'clause',
    'clause no',
    'item no',
    'item no.',
    'id',
    'no.',
    'no',
    '#',
    'item',
    '序号',
  ],
  section: [
    'section',
    'chapter',
    'category',
    'area',
    'module',
    'group',
    '章节',
    '分类',
    '类别',
    '模块',
    '功能模块',
    '类型',
  ],
  text: [
    '招标技术要求',
    '技术要求',
    '招标要求',
    '需求描述',
    '技术参数',
    '技术规格',
    '条款内容',
    '需求内容',
    '要求',
    '需求',
    '内容',
    'requirement',
    'requirements',
    'requirement description',
    'requirement text',
    'description',
    'specification',
    'question',
    'criteria',
  ],
  priority: [
    'priority',
    'mandatory',
    'mandatory/optional',
    'mandatory / optional',
    'm/o',
    'm/d',
    'm/d/o',
    'm/s/c',
    'moscow',
    'importance',
    'must/should',
    'weight',
    '重要性',
    '优先级',
    '是否实质性',
    '是否必须',
    '必选/可选',
  ],
  compliance: [
    'compliance',
    'compliant',
    'comply',
    'compliance status',
    'compliance level',
    'status',
    'fully/partially/non-compliant',
    '偏离情况',
    '偏离',
    '是否满足',
    '响应情况',
    '满足情况',
  ],
  response: [
    'response',
    'vendor response',
    'bidder response',
    'supplier response',
    'answer',
    'comments',
    'comment',
    'vendor comments',
    '投标响应',
    '投标人响应',
    '响应内容',
    '应答',
    '响应',
    '应答说明',
  ],
  reference: [
    'reference',
    'references',
    'ref',
    'evidence',
    'remarks',
    'remark',
    'notes',
    'supporting document',
    '说明',
    '备注',
    '证明材料',
    '页码',
    '佐证',
  ],
};

const LATIN = /^[a-z0-9 ./#-]+$/;

/** How strongly the label names the role (0: not at all). */
export function roleScore(label: string, role: RfpRole): number {
  const l = normaliseLabel(label);
  if (!l) return 0;
  const words = ROLE_WORDS[role];
  let best = 0;
  words.forEach((w, i) => {
    const rank = 1 - i / (words.length * 4);
    if (l === w) best = Math.max(best, 10 * rank);
    else if (LATIN.test(w)) {
      if (w.length >= 4 && new RegExp(`(^|[^a-z])${w.replace(/[.#/]/g, '\\$&')}([^a-z]|$)`).test(l))
        best = Math.max(best, 5 * rank);
    } else if (w.length >= 2 && l.includes(w)) best = Math.max(best, 5 * rank + w.length / 10);
  });
  return best;
}

/**
 * Assigns roles to columns from their labels (bottom label first for two-row headers): the best
 * (column, role) pairs first, each column and each role once.
 */
export function detectRoles(labels: readonly (readonly string[])[], skip: ReadonlySet<number>): RoleColumns {
  const pairs: Array<{ col: number; role: RfpRole; score: number }> = [];
  labels.forEach((parts, col) => {
    if (skip.has(col)) return;
    for (const role of RFP_ROLES) {
      let score = 0;
      parts.forEach((p, i) => {
        score = Math.max(score, roleScore(p, role) * (i === 0 ? 1 : 0.9));
      });
      if (score > 0) pairs.push({ col, role, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col);
  const out: RoleColumns = {};
  const used = new Set<number>();
  for (const p of pairs) {
    if (out[p.role] !== undefined || used.has(p.col)) continue;
    out[p.role] = p.col;
    used.add(p.col);
  }
  return out;
}

const PRIORITY_WORDS: ReadonlyArray<[Priority, readonly string[]]> = [
  [
    'must',
    [
      'm',
      'mandatory',
      'must',
      'must have',
      'required',
      'essential',
      'critical',
      'high',
      'yes',
      'y',
      '★',
      '实质性',
      '实质性要求',
      '必须',
      '必选',
      '必需',
      '强制',
      '是',
      '关键',
      '★实质性要求',
    ],
  ],
  [
    'should',
    [
      'd',
      'desirable',
      'should',
      'should have',
      'important',
      'medium',
      's',
      '▲',
      '重要',
      '重要指标',
      '重要要求',
      '建议',
      '▲重要指标',
    ],
  ],
  [
    'could',
    [
      'o',
      'optional',
      'could',
      'could have',
      'nice to have',
      'low',
      'c',
      'no',
      'n',
      '可选',
      '一般',
      '非必须',
      '否',
      '一般要求',
      '选配',
    ],
  ],
  ['wont', ["won't", 'wont', "won't have", 'w', 'out of scope', '不要求']],
];

/** The MoSCoW priority a customer's priority cell means, if it is a known word. */
export function priorityOf(cell: string): Priority | undefined {
  const l = normaliseLabel(cell).replace(/[.。]$/, '');
  if (!l) return undefined;
  for (const [p, words] of PRIORITY_WORDS) if (words.includes(l)) return p;
  if (/^(m|mandatory|must)\b/.test(l) || /^[★]/.test(l) || l.includes('实质性')) return 'must';
  if (/^(d|desirable|should)\b/.test(l) || /^[▲]/.test(l) || l.includes('重要')) return 'should';
  if (/^(o|optional|could)\b/.test(l) || l.includes('可选')) return 'could';
  return undefined;
}

/** ★ or ▲ at the start of a text (after spaces), the customer's mark for 实质性 / 重要. */
export function markOf(text: string): RfpMark | undefined {
  const t = text.trimStart();
  if (t.startsWith('★') || t.startsWith('☆')) return '★';
  if (t.startsWith('▲') || t.startsWith('△')) return '▲';
  return undefined;
}

/** `id=A,text=C` or `text=3` -> role overrides; throws a message for a bad part. */
export function parseColumnsSpec(spec: string): Partial<Record<RfpRole, string>> | { error: string } {
  const out: Partial<Record<RfpRole, string>> = {};
  for (const part of spec.split(',')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const [role, value] = trimmed.split('=').map((s) => s.trim());
    if (!role || !value || !(RFP_ROLES as readonly string[]).includes(role)) return { error: trimmed };
    if (columnIndex(value) === undefined && !/^\d+$/.test(value)) return { error: trimmed };
    out[role as RfpRole] = value;
  }
  return out;
}
