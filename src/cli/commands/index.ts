import type { CliCommand } from '../command';
import { answerCommand } from './answer';
import { exportCommand } from './export';
import { importCommand } from './import';
import { initCommand } from './init';
import { schemaCommand } from './schema';
import { validateCommand } from './validate';

/** Every `presales` command, in the order `presales --help` lists them. Add a command with one line. */
export const commands: readonly CliCommand[] = [
  validateCommand,
  initCommand,
  schemaCommand,
  exportCommand,
  importCommand,
  answerCommand,
];
