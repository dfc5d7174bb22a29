import type { Localized } from '../core/messages/localize';
import { cliMessages } from './messages';

/**
 * A deliberately tiny argument parser (no dependency): long options `--name value` or `--name=value`,
 * short flags `-h`, and `--` to end options. Anything unknown is a usage error, never silently ignored,
 * because a mistyped `--max-warning 0` that is ignored would let CI pass when it should not.
 */
export interface OptionSpec {
  /** Long name without dashes: `format`. */
  name: string;
  /** One-letter alias without the dash: `h`. */
  short?: string;
  /** Takes a value (`--format json`); otherwise a boolean flag. */
  valueName?: string;
  /** The only accepted values, when the set is closed. */
  choices?: readonly string[];
  description: Localized;
}

export interface ParsedArgs {
  positionals: string[];
  /** Flags map to `true`, valued options to their (last) value. */
  options: Map<string, string | true>;
}

/** A mistake in how the command was called: exit code 2 with a one-line message. */
export class UsageError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length > 1)) {
      const isLong = arg.startsWith('--');
      const eq = isLong ? arg.indexOf('=') : -1;
      const key = isLong ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
      const spec = specs.find((s) => (isLong ? s.name === key : s.short === key));
      if (!spec) throw new UsageError(cliMessages.unknownOption(eq < 0 ? arg : arg.slice(0, eq)));
      if (!spec.valueName) {
        if (eq >= 0) throw new UsageError(cliMessages.flagTakesNoValue(spec.name));
        options.set(spec.name, true);
        continue;
      }
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined) throw new UsageError(cliMessages.missingValue(spec.name, spec.valueName));
      if (spec.choices && !spec.choices.includes(value))
        throw new UsageError(cliMessages.badChoice(spec.name, value, spec.choices));
      options.set(spec.name, value);
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, options };
}

/** The raw `--lang` value, found leniently before full parsing so even usage errors are localised. */
export function peekOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === `--${name}`) return argv[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}
