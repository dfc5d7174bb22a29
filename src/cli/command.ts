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

/** A job's refusal as src/node reports it (`ExportError`, `AnswerError`): `document` means the proposal has errors. */
export interface JobFailure {
  readonly failure: string;
  readonly localized: Localized;
  readonly details: readonly string[];
}

/** Prints a job's refusal with its details and returns the exit code: 1 for a proposal with errors, else 2. */
export function reportJobFailure(e: JobFailure, { fail, err }: Pick<CommandInvocation, 'fail' | 'err'>): number {
  fail(e.localized);
  for (const line of e.details) err(`  ${line}\n`);
  return e.failure === 'document' ? 1 : 2;
}
