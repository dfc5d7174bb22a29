import type { Localized } from '../core/messages/localize';
import type { Language } from '../core/model';
import type { OptionSpec } from './args';

/**
 * One `presales <name>` command. Commands are plain objects listed in ./commands/index.ts, so adding
 * one (e.g. `export`) is one file plus one line there. `--help` and `--lang` are added by main.ts.
 */
export interface CliCommand {
  name: string;
  /** One line for `presales --help`. */
  summary: Localized;
  /** After `presales <name> `, e.g. `<files or folders>... [options]`. */
  usage: Localized;
  options: readonly OptionSpec[];
  /** Returns the process exit code: 0 ok, 1 problems found, 2 usage error or unreadable input. */
  run(invocation: CommandInvocation): Promise<number>;
}

export interface CommandInvocation {
  positionals: string[];
  /** Parsed options of this command (flags are `true`). */
  options: ReadonlyMap<string, string | true>;
  lang: Language;
  /** Relative paths are resolved against this. */
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Prints a localised one-line message to stderr, prefixed with `presales: `. */
  fail: (message: Localized) => void;
}
