import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { WriteBackError, writeAnswers } from '../core/answers/writeBack';
import { checkProposal } from '../core/check';
import type { Localized } from '../core/messages/localize';
import type { Language } from '../core/model';
import { writeFileAtomic } from './atomicWrite';

/**
 * `presales answer` and `Presales: Write Answers into the Customer's RFP...`: reads the proposal and
 * the customer's file, writes the answered copy atomically, never touches the original.
 */
export interface AnswerRequest {
  /** The proposal (`--from`). */
  proposalPath: string;
  /** The proposal's text when it differs from the file (an unsaved editor). */
  text?: string;
  /** The customer's file; default the proposal's `rfp.file`, relative to the proposal. */
  rfpPath?: string;
  /** Default: `<name>.answered.<ext>` beside the customer's file. */
  outPath?: string;
  /** Language of the messages. */
  lang: Language;
}

export interface AnswerResult {
  path: string;
  bytes: number;
  cells: number;
  requirements: number;
  notes: Localized[];
  ms: number;
}

export class AnswerError extends Error {
  constructor(
    /** usage: wrong arguments or input; document: the proposal has errors; io: a file. */
    readonly failure: 'usage' | 'document' | 'io',
    readonly localized: Localized,
    readonly details: readonly string[] = [],
  ) {
    super(localized.en);
    this.name = 'AnswerError';
  }
}

/** A customer RFP larger than this is not a requirements workbook. */
const MAX_RFP_BYTES = 200 * 1024 * 1024;

const msg = {
  cannotRead: (file: string, why: string): Localized => ({
    en: `cannot read ${file}: ${why}`,
    'zh-CN': `无法读取 ${file}：${why}`,
  }),
  cannotWrite: (file: string, why: string): Localized => ({
    en: `cannot write ${file}: ${why}`,
    'zh-CN': `无法写入 ${file}：${why}`,
  }),
  tooLarge: (file: string): Localized => ({
    en: `${file} is larger than 200 MiB; that is not an RFP workbook.`,
    'zh-CN': `${file} 超过 200 MiB，不是招标需求文件。`,
  }),
  noRfpFile: {
    en: "name the customer's RFP file, or import it first so the proposal's `rfp.file` names it",
    'zh-CN': '请指定客户的招标文件，或先导入，使方案的 `rfp.file` 指向它',
  },
  sameFile: (file: string): Localized => ({
    en: `--out is the customer's original ${file}; the original is never overwritten: choose another name`,
    'zh-CN': `--out 指向客户的原始文件 ${file}；原始文件永远不会被覆盖，请换一个文件名`,
  }),
  hasErrors: (file: string, n: number): Localized => ({
    en: `${file} has ${n} error(s); fix them before writing answers`,
    'zh-CN': `${file} 有 ${n} 个错误；请先修正再写入应答`,
  }),
} as const;

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function same(a: string, b: string): Promise<boolean> {
  const real = async (p: string): Promise<string> => realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}

export function defaultAnsweredName(rfpPath: string): string {
  const ext = path.extname(rfpPath);
  return path.join(path.dirname(rfpPath), `${path.basename(rfpPath, ext)}.answered${ext}`);
}

export async function answerRfp(request: AnswerRequest): Promise<AnswerResult> {
  const started = performance.now();
  let text: string;
  try {
    text = request.text ?? (await readFile(request.proposalPath, 'utf8'));
  } catch (e: unknown) {
    throw new AnswerError('io', msg.cannotRead(request.proposalPath, reason(e)));
  }
  const checked = checkProposal(text, { language: request.lang });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length)
    throw new AnswerError(
      'document',
      msg.hasErrors(request.proposalPath, errors.length),
      errors
        .slice(0, 10)
        .map(
          (d) =>
            `${request.proposalPath}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`,
        ),
    );
  const proposal = checked.proposal;
  const file = proposal.rfp?.file;
  const rfpPath = request.rfpPath ?? (file ? path.resolve(path.dirname(request.proposalPath), file) : undefined);
  if (!rfpPath) throw new AnswerError('usage', msg.noRfpFile);
  const outPath = request.outPath ?? defaultAnsweredName(rfpPath);
  if (await same(outPath, rfpPath)) throw new AnswerError('usage', msg.sameFile(rfpPath));
  let bytes: Uint8Array;
  try {
    if ((await stat(rfpPath)).size > MAX_RFP_BYTES) throw new AnswerError('usage', msg.tooLarge(rfpPath));
    bytes = new Uint8Array(await readFile(rfpPath));
  } catch (e: unknown) {
    if (e instanceof AnswerError) throw e;
    throw new AnswerError('io', msg.cannotRead(rfpPath, reason(e)));
  }
  const kind = /\.docx$/i.test(rfpPath) ? 'docx' : /\.xlsx$/i.test(rfpPath) ? 'xlsx' : proposal.rfp?.kind;
  let result;
  try {
    result = writeAnswers(bytes, {
      ...proposal,
      ...(proposal.rfp ? { rfp: { ...proposal.rfp, ...(kind ? { kind } : {}) } } : {}),
    });
  } catch (e: unknown) {
    if (e instanceof WriteBackError) throw new AnswerError('usage', e.localized);
    throw e;
  }
  let written: number;
  try {
    written = await writeFileAtomic(outPath, result.bytes);
  } catch (e: unknown) {
    throw new AnswerError('io', msg.cannotWrite(outPath, reason(e)));
  }
  return {
    path: outPath,
    bytes: written,
    cells: result.cells.length,
    requirements: new Set(result.cells.map((c) => c.requirement)).size,
    notes: result.notes,
    ms: performance.now() - started,
  };
}
