import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pick } from '../../core/messages/localize';
import type { Language } from '../../core/model';
import { starterProposal } from '../../core/starter';
import { UsageError } from '../args';
import type { CliCommand } from '../command';
import { cliMessages } from '../messages';
import { reasonOf } from '../proposalFiles';

const DEFAULT_FILE = 'proposal.presales.yaml';

/** `presales init [path]`: writes the starter proposal; never overwrites (a proposal is hours of work). */
export const initCommand: CliCommand = {
  name: 'init',
  summary: {
    en: 'write a starter proposal that validates clean (in the --lang language)',
    'zh-CN': '生成一个可通过检查的方案模板（语言由 --lang 决定）',
  },
  usage: {
    en: `[options] [path]   (default path: ${DEFAULT_FILE})`,
    'zh-CN': `[选项] [路径]   （默认路径：${DEFAULT_FILE}）`,
  },
  options: [],
  async run({ positionals, lang, cwd, out, fail }) {
    if (positionals.length > 1) throw new UsageError(cliMessages.tooManyArguments('init'));
    const display = positionals[0] ?? DEFAULT_FILE;
    const file = path.resolve(cwd, display);
    // The starter is written in the language of the messages: --lang, else the locale.
    const text = starterProposal(lang, titleFor(file, lang));
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // 'wx' fails if the file exists, atomically: no window between a check and the write.
      writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
    } catch (e: unknown) {
      if (e && typeof e === 'object' && 'code' in e && e.code === 'EEXIST') fail(cliMessages.fileExists(display));
      else fail(cliMessages.cannotWrite(display, reasonOf(e)));
      return 2;
    }
    out(`${pick(cliMessages.created(display), lang)}\n`);
    return 0;
  },
};

/** `smart-factory.presales.yaml` -> "smart-factory"; the default file name gets "New proposal". */
function titleFor(file: string, lang: Language): string {
  const stem = path
    .basename(file)
    .replace(/\.presales\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  return stem && stem !== 'proposal' ? stem : pick(cliMessages.newProposalTitle(), lang);
}
