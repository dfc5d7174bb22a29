import { readFileSync } from 'node:fs';
import { checkProposal } from '../../core/check';
import type { Diagnostic } from '../../core/diagnostic';
import { pick } from '../../core/messages/localize';
import type { Language } from '../../core/model';
import { UsageError } from '../args';
import type { CliCommand } from '../command';
import { cliMessages } from '../messages';
import { expandTargets, reasonOf } from '../proposalFiles';
import { sortDiagnostics, textLine, toFileReport, type FileReport } from '../report';

/**
 * `presales validate <files or folders>...`: the same checker the editor runs, for CI and terminals.
 * Exit 0 clean (warnings allowed up to --max-warnings), 1 errors or too many warnings,
 * 2 usage error or a file that cannot be read (that takes precedence: the result is incomplete).
 */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: { en: 'check proposal files and print their diagnostics', 'zh-CN': '检查方案文件并输出诊断信息' },
  usage: { en: '<files or folders>... [options]', 'zh-CN': '<文件或文件夹>... [选项]' },
  options: [
    {
      name: 'format',
      valueName: 'text|json',
      choices: ['text', 'json'],
      description: { en: 'output format (default: text)', 'zh-CN': '输出格式（默认 text）' },
    },
    {
      name: 'max-warnings',
      valueName: 'N',
      description: { en: 'exit 1 when there are more than N warnings', 'zh-CN': '警告数超过 N 时以退出码 1 结束' },
    },
  ],
  async run({ positionals, options, lang, cwd, out, err, fail }) {
    if (positionals.length === 0) throw new UsageError(cliMessages.missingFiles());
    const maxWarnings = parseMaxWarnings(options.get('max-warnings'));
    const json = options.get('format') === 'json';

    let unreadable = false;
    const reports: FileReport[] = [];
    const counts = { files: 0, error: 0, warning: 0, information: 0, hint: 0 };
    for (const target of expandTargets(positionals, cwd)) {
      if (target.kind === 'missing') {
        fail(cliMessages.cannotRead(target.display, target.reason));
        unreadable = true;
        continue;
      }
      if (target.kind === 'empty-folder') {
        fail(cliMessages.noProposalFiles(target.display));
        unreadable = true;
        continue;
      }
      let text: string;
      try {
        text = readFileSync(target.absolute, 'utf8');
      } catch (e: unknown) {
        fail(cliMessages.cannotRead(target.display, reasonOf(e)));
        unreadable = true;
        continue;
      }
      // Editors drop a UTF-8 byte-order mark before handing text over; do the same so columns agree.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const diagnostics: Diagnostic[] = sortDiagnostics(checkProposal(text, { language: lang }).diagnostics);
      counts.files++;
      for (const d of diagnostics) counts[d.severity]++;
      if (json) reports.push(toFileReport(target.display, diagnostics));
      else for (const d of diagnostics) out(`${textLine(target.display, d)}\n`);
    }

    if (json) out(`${JSON.stringify(reports, null, 2)}\n`);
    else err(`${pickSummary(counts, lang)}\n`);
    if (unreadable) return 2;
    if (counts.error > 0) return 1;
    if (maxWarnings !== undefined && counts.warning > maxWarnings) {
      if (!json) fail(cliMessages.tooManyWarnings(counts.warning, maxWarnings));
      return 1;
    }
    return 0;
  },
};

function parseMaxWarnings(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === true || !/^\d+$/.test(value)) throw new UsageError(cliMessages.badMaxWarnings(String(value)));
  return Number(value);
}

function pickSummary(
  counts: { files: number; error: number; warning: number; information: number },
  lang: Language,
): string {
  return pick(cliMessages.summary(counts.files, counts.error, counts.warning, counts.information), lang);
}
