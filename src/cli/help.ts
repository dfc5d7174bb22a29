import { pick } from '../core/messages/localize';
import type { Language } from '../core/model';
import type { OptionSpec } from './args';
import type { CliCommand } from './command';
import { cliMessages } from './messages';

/** `presales --help`: the commands and the options every command accepts. */
export function toolHelp(
  commands: readonly CliCommand[],
  commonOptions: readonly OptionSpec[],
  lang: Language,
): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  const lines = [
    pick(cliMessages.toolSummary(), lang),
    '',
    `${pick(cliMessages.usage(), lang)}presales <command> [options]`,
    '',
    pick(cliMessages.commandsHeading(), lang),
    ...commands.map((c) => `  ${c.name.padEnd(width)}${pick(c.summary, lang)}`),
    '',
    pick(cliMessages.optionsHeading(), lang),
    ...optionLines([...commonOptions, { name: 'version', description: cliMessages.versionOption() }], lang),
    '',
    pick(cliMessages.commandHelpHint(), lang),
  ];
  return `${lines.join('\n')}\n`;
}

/** `presales <command> --help`. */
export function commandHelp(command: CliCommand, options: readonly OptionSpec[], lang: Language): string {
  const lines = [
    `${pick(cliMessages.usage(), lang)}presales ${command.name} ${pick(command.usage, lang)}`,
    '',
    pick(command.summary, lang),
    '',
    pick(cliMessages.optionsHeading(), lang),
    ...optionLines(options, lang),
  ];
  return `${lines.join('\n')}\n`;
}

function optionLines(options: readonly OptionSpec[], lang: Language): string[] {
  const labels = options.map(
    (o) => `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.valueName ? ` <${o.valueName}>` : ''}`,
  );
  const width = Math.max(...labels.map((l) => l.length)) + 2;
  return options.map((o, i) => `  ${(labels[i] ?? '').padEnd(width)}${pick(o.description, lang)}`);
}
