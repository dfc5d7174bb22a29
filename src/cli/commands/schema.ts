import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../args';
import type { CliCommand } from '../command';
import { cliMessages } from '../messages';

/**
 * `presales schema`: the absolute path of the JSON Schema, for other YAML tools
 * (`# yaml-language-server: $schema=...`, CI validators). Resolved next to the bundle
 * (dist/cli.js -> ../schemas), so it works from any working directory and from an installed package.
 */
export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: { en: 'print the path of the proposal JSON Schema', 'zh-CN': '输出方案 JSON Schema 文件的路径' },
  usage: { en: '[options]', 'zh-CN': '[选项]' },
  options: [],
  async run({ positionals, out, fail }) {
    if (positionals.length > 0) throw new UsageError(cliMessages.tooManyArguments('schema'));
    const file = path.resolve(__dirname, '..', 'schemas', 'presales.schema.json');
    if (!existsSync(file)) {
      fail(cliMessages.schemaMissing(file));
      return 2;
    }
    out(`${file}\n`);
    return 0;
  },
};
