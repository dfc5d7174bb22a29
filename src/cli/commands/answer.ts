import path from 'node:path';
import { pick } from '../../core/messages/localize';
import { AnswerError, answerRfp } from '../../node/answerJob';
import { UsageError } from '../args';
import { reportJobFailure, type CliCommand } from '../command';
import { cliMessages } from '../messages';

/**
 * `presales answer [<rfp>] --from <proposal> [--out answered.xlsx]`: the proposal's answers written
 * into a copy of the customer's workbook or Word table. Exit 0 written, 1 the proposal has errors,
 * 2 usage error or a file that cannot be read or written.
 */
export const answerCommand: CliCommand = {
  name: 'answer',
  summary: {
    en: "write the proposal's answers into a copy of the customer's RFP (XLSX or DOCX)",
    'zh-CN': '把方案中的应答写入客户招标文件（XLSX 或 DOCX）的副本',
  },
  usage: {
    en: '[<rfp file>] --from <proposal> [--out <answered file>]',
    'zh-CN': '[<招标文件>] --from <方案文件> [--out <应答后的文件>]',
  },
  options: [
    {
      name: 'from',
      valueName: 'proposal',
      description: {
        en: 'the proposal (*.presales.yaml) holding the answers',
        'zh-CN': '包含应答的方案文件（*.presales.yaml）',
      },
    },
    {
      name: 'out',
      short: 'o',
      valueName: 'path',
      description: {
        en: "the answered copy (default: <rfp>.answered.xlsx beside the customer's file); never the original",
        'zh-CN': '应答后的副本（默认：客户文件旁的 <招标文件>.answered.xlsx）；不能是原始文件',
      },
    },
  ],
  async run({ positionals, options, lang, cwd, out, err, fail }) {
    if (positionals.length > 1) throw new UsageError(cliMessages.tooManyArguments('answer'));
    const from = options.get('from');
    if (from === undefined || from === true)
      throw new UsageError({
        en: "'answer' needs --from <proposal>",
        'zh-CN': '“answer”需要 --from <方案文件>',
      });
    const outOption = options.get('out');
    if (outOption === true) throw new UsageError(cliMessages.missingValue('out', 'path'));
    const rfp = positionals[0];
    try {
      const result = await answerRfp({
        proposalPath: path.resolve(cwd, from),
        ...(rfp ? { rfpPath: path.resolve(cwd, rfp) } : {}),
        ...(outOption ? { outPath: path.resolve(cwd, outOption) } : {}),
        lang,
      });
      for (const note of result.notes) err(`presales: ${pick(note, lang)}\n`);
      const shown = path.relative(cwd, result.path) || result.path;
      out(
        lang === 'zh-CN'
          ? `已写入 ${shown}：${result.requirements} 条需求的 ${result.cells} 个应答单元格\n`
          : `wrote ${shown}: ${result.cells} answer cells for ${result.requirements} requirements\n`,
      );
      return 0;
    } catch (e: unknown) {
      if (!(e instanceof AnswerError)) throw e;
      return reportJobFailure(e, { fail, err });
    }
  },
};
