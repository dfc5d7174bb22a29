import type { Localized } from '../core/messages/localize';

/**
 * Every message the CLI itself prints (diagnostic messages come localised from the checker).
 * Functions, not format strings, so each language can order the parts naturally.
 */
export const cliMessages = {
  unknownOption: (option: string): Localized => ({
    en: `unknown option '${option}'`,
    'zh-CN': `未知选项“${option}”`,
  }),
  flagTakesNoValue: (name: string): Localized => ({
    en: `option '--${name}' does not take a value`,
    'zh-CN': `选项“--${name}”不接受取值`,
  }),
  missingValue: (name: string, valueName: string): Localized => ({
    en: `option '--${name}' needs a value (${valueName})`,
    'zh-CN': `选项“--${name}”缺少取值（${valueName}）`,
  }),
  badChoice: (name: string, value: string, choices: readonly string[]): Localized => ({
    en: `option '--${name}' must be one of ${choices.join(', ')} (got '${value}')`,
    'zh-CN': `选项“--${name}”只能是 ${choices.join('、')} 之一（收到“${value}”）`,
  }),
  unknownCommand: (name: string): Localized => ({
    en: `unknown command '${name}' (run 'presales --help' for the list)`,
    'zh-CN': `未知命令“${name}”（运行“presales --help”查看命令列表）`,
  }),
  tooManyArguments: (command: string): Localized => ({
    en: `too many arguments for '${command}'`,
    'zh-CN': `“${command}”的参数过多`,
  }),
  missingFiles: (): Localized => ({
    en: "'validate' needs at least one file or folder",
    'zh-CN': '“validate”至少需要一个文件或文件夹',
  }),
  badMaxWarnings: (value: string): Localized => ({
    en: `--max-warnings must be a whole number of 0 or more (got '${value}')`,
    'zh-CN': `--max-warnings 必须是大于等于 0 的整数（收到“${value}”）`,
  }),
  cannotRead: (file: string, reason: string): Localized => ({
    en: `cannot read ${file}: ${reason}`,
    'zh-CN': `无法读取 ${file}：${reason}`,
  }),
  noProposalFiles: (target: string): Localized => ({
    en: `no *.presales.yaml or *.presales.yml files found in ${target}`,
    'zh-CN': `在 ${target} 中没有找到 *.presales.yaml 或 *.presales.yml 文件`,
  }),
  tooManyWarnings: (count: number, max: number): Localized => ({
    en: `too many warnings (${count}, at most ${max} allowed)`,
    'zh-CN': `警告过多（${count} 个，最多允许 ${max} 个）`,
  }),
  summary: (files: number, errors: number, warnings: number, infos: number): Localized => ({
    en: [
      plural(files, 'file'),
      plural(errors, 'error'),
      plural(warnings, 'warning'),
      ...(infos ? [plural(infos, 'information')] : []),
    ].join(', '),
    'zh-CN': [`${files} 个文件`, `${errors} 个错误`, `${warnings} 个警告`, ...(infos ? [`${infos} 条提示`] : [])].join(
      '，',
    ),
  }),
  fileExists: (file: string): Localized => ({
    en: `${file} already exists; not overwriting it (choose another path)`,
    'zh-CN': `${file} 已存在，不会覆盖（请换一个路径）`,
  }),
  cannotWrite: (file: string, reason: string): Localized => ({
    en: `cannot write ${file}: ${reason}`,
    'zh-CN': `无法写入 ${file}：${reason}`,
  }),
  created: (file: string): Localized => ({
    en: `created ${file} (next: presales validate ${file})`,
    'zh-CN': `已创建 ${file}（下一步：presales validate ${file}）`,
  }),
  newProposalTitle: (): Localized => ({ en: 'New proposal', 'zh-CN': '新方案' }),
  schemaMissing: (file: string): Localized => ({
    en: `the schema is missing at ${file} (is the package complete?)`,
    'zh-CN': `找不到架构文件 ${file}（安装包是否完整？）`,
  }),
  internalError: (reason: string): Localized => ({
    en: `internal error: ${reason}`,
    'zh-CN': `内部错误：${reason}`,
  }),
  usage: (): Localized => ({ en: 'Usage: ', 'zh-CN': '用法：' }),
  commandsHeading: (): Localized => ({ en: 'Commands:', 'zh-CN': '命令：' }),
  optionsHeading: (): Localized => ({ en: 'Options:', 'zh-CN': '选项：' }),
  toolSummary: (): Localized => ({
    en: 'Presales Studio: check and manage *.presales.yaml solution proposals.',
    'zh-CN': 'Presales Studio：检查和管理 *.presales.yaml 售前方案文件。',
  }),
  commandHelpHint: (): Localized => ({
    en: "Run 'presales <command> --help' for a command's options.",
    'zh-CN': '运行“presales <命令> --help”查看某个命令的选项。',
  }),
  helpOption: (): Localized => ({ en: 'show this help', 'zh-CN': '显示本帮助' }),
  versionOption: (): Localized => ({ en: 'print the version', 'zh-CN': '显示版本号' }),
  langOption: (): Localized => ({
    en: 'language of messages (default: from LANG/LC_ALL)',
    'zh-CN': '消息语言（默认取自 LANG/LC_ALL）',
  }),
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'information' ? '' : 's'}`;
}
