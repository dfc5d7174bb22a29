import { pick, type Localized } from '../core/messages/localize';
import { LANGUAGES, type Language } from '../core/model';
import { parseArgs, peekOption, UsageError, type OptionSpec } from './args';
import type { CliCommand, CommandInvocation } from './command';
import { commands } from './commands';
import { commandHelp, toolHelp } from './help';
import { isLanguage, languageFromEnvironment } from './language';
import { cliMessages } from './messages';
import { version } from '../../package.json';

/** `presales` entry point (bundled to dist/cli.js, started by bin/presales.js). */
const commonOptions: readonly OptionSpec[] = [
  { name: 'help', short: 'h', description: cliMessages.helpOption() },
  { name: 'lang', valueName: LANGUAGES.join('|'), choices: LANGUAGES, description: cliMessages.langOption() },
];

export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<number> {
  const peeked = peekOption(argv, 'lang');
  const lang: Language = isLanguage(peeked) ? peeked : languageFromEnvironment(env);
  const out = (text: string): void => {
    process.stdout.write(text);
  };
  const err = (text: string): void => {
    process.stderr.write(text);
  };
  const fail = (message: Localized): void => err(`presales: ${pick(message, lang)}\n`);

  // Options before the command name: `presales --lang zh-CN validate ...` works like putting them after.
  let rest = [...argv];
  while (rest[0]?.startsWith('-')) {
    const option = rest[0];
    if (option === '--help' || option === '-h') {
      out(toolHelp(commands, commonOptions, lang));
      return 0;
    }
    if (option === '--version') {
      out(`${version}\n`);
      return 0;
    }
    if (option === '--lang' || option.startsWith('--lang=')) {
      const value = option === '--lang' ? rest[1] : option.slice('--lang='.length);
      if (!isLanguage(value)) {
        fail(
          value === undefined
            ? cliMessages.missingValue('lang', LANGUAGES.join('|'))
            : cliMessages.badChoice('lang', value, LANGUAGES),
        );
        return 2;
      }
      rest = rest.slice(option === '--lang' ? 2 : 1);
      continue;
    }
    fail(cliMessages.unknownOption(option.split('=')[0] ?? option));
    return 2;
  }
  const name = rest[0];
  if (name === undefined) {
    out(toolHelp(commands, commonOptions, lang));
    return 0;
  }
  const command: CliCommand | undefined = commands.find((c) => c.name === name);
  if (!command) {
    fail(cliMessages.unknownCommand(name));
    return 2;
  }
  const specs = [...command.options, ...commonOptions];
  try {
    const parsed = parseArgs(rest.slice(1), specs);
    if (parsed.options.has('help')) {
      out(commandHelp(command, specs, lang));
      return 0;
    }
    const invocation: CommandInvocation = {
      positionals: parsed.positionals,
      options: parsed.options,
      lang,
      cwd,
      out,
      err,
      fail,
    };
    return await command.run(invocation);
  } catch (e: unknown) {
    if (e instanceof UsageError) {
      fail(e.localized);
      return 2;
    }
    throw e;
  }
}

runCli(process.argv.slice(2), process.env, process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not a user mistake: say so in one line (stack only with PRESALES_DEBUG) and exit 2.
    const reason = e instanceof Error ? e.message : String(e);
    process.stderr.write(`presales: ${cliMessages.internalError(reason).en}\n`);
    if (process.env.PRESALES_DEBUG && e instanceof Error) process.stderr.write(`${e.stack ?? ''}\n`);
    process.exitCode = 2;
  },
);
