import type { ComplianceAnswer, Language } from '../model';
import { complianceWord } from '../sections/compliance';

/**
 * The customer's own words for our statuses. When the compliance column has a data-validation list
 * ("Fully Compliant, Partially Compliant, ..." or "正偏离, 无偏离, 负偏离"), the answer must be one of
 * its items, spelled as the customer spelled it; otherwise our words (the matrix's: status words in
 * English, the deviation word in Chinese) go in.
 *
 * Each status lists the words it may be written as, best first; a roadmap item or an alternative
 * falls back to a plain negative answer when the list has no word of its own for it.
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  exceeds: ['exceeds', 'exceeded', 'fully compliant (exceeds)', '正偏离', '超出', '优于'],
  comply: [
    'fully compliant',
    'compliant',
    'comply',
    'complies',
    'full compliance',
    'fully meets',
    'meets',
    'met',
    'full',
    'yes',
    'y',
    '无偏离',
    '完全满足',
    '满足',
    '完全符合',
    '符合',
    '是',
  ],
  partial: [
    'partially compliant',
    'partial compliance',
    'partially meets',
    'partial',
    'partly compliant',
    '部分满足',
    '部分符合',
    '负偏离',
  ],
  'non-comply': [
    'non-compliant',
    'non compliant',
    'noncompliant',
    'not compliant',
    'non-comply',
    'does not comply',
    'does not meet',
    'not met',
    'no',
    'n',
    '不满足',
    '不符合',
    '负偏离',
    '否',
  ],
  alternative: [
    'alternative offered',
    'alternative',
    'alternate',
    'alternative solution',
    '替代方案',
    'partially compliant',
    '部分满足',
    '负偏离',
  ],
  roadmap: [
    'on the roadmap',
    'roadmap',
    'future release',
    'planned',
    'future',
    '规划中',
    'non-compliant',
    'not compliant',
    '不满足',
    '负偏离',
  ],
};

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—]+/g, ' ')
    .trim();

/** The words to try for an answer, best first. */
function candidates(answer: ComplianceAnswer): readonly string[] {
  const status = answer.status;
  if (status === undefined) return [];
  const own = WORDS[status] ?? [];
  return status === 'comply' && answer.exceeds === true ? [...(WORDS['exceeds'] ?? []), ...own] : own;
}

export interface ChosenWord {
  text: string;
  /** The list had no word for the status: our own word was written instead. */
  outsideList: boolean;
}

/** The value for the compliance cell: a list item when there is a list, else our word. */
export function complianceValue(
  answer: ComplianceAnswer,
  lang: Language,
  list: readonly string[] | undefined,
): ChosenWord {
  const ours = complianceWord(answer, lang);
  if (!list || list.length === 0) return { text: ours, outsideList: false };
  const byFold = new Map<string, string>();
  for (const item of list) if (!byFold.has(fold(item))) byFold.set(fold(item), item);
  for (const word of candidates(answer)) {
    const hit = byFold.get(fold(word));
    if (hit !== undefined) return { text: hit, outsideList: false };
  }
  return { text: ours, outsideList: true };
}
