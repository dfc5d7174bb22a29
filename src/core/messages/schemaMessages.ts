import { localized, type Localized } from './localize';

/**
 * The wording of every schema diagnostic (PS1xx, see ../schemaCheck.ts), in English and Simplified
 * Chinese. `where` is a readable path such as `plan.phases[0].tasks[2].owner`.
 */

/** The JSON types ajv names, plus `null` for an empty YAML value (`key:` with nothing after it). */
export type JsonTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

const TYPE_NAMES: Record<JsonTypeName, Localized> = {
  string: localized('text', '文本'),
  number: localized('a number', '数字'),
  integer: localized('a whole number', '整数'),
  boolean: localized('true or false', '布尔值（true 或 false）'),
  object: localized('a mapping (key: value)', '映射（键: 值）'),
  array: localized('a list', '列表'),
  null: localized('an empty value', '空值'),
};

/** What a named string pattern (a schema definition) expects, worded for people. */
const PATTERN_FORMATS: Record<string, Localized> = {
  id: localized(
    'an id: a letter, then letters, digits, `_`, `.` or `-` (e.g. `R1`, `api-gateway`)',
    '合法的 id：以字母开头，后接字母、数字、`_`、`.` 或 `-`（如 `R1`、`api-gateway`）',
  ),
  date: localized('a date in the form YYYY-MM-DD (e.g. `2025-03-31`)', '形如 YYYY-MM-DD 的日期（如 `2025-03-31`）'),
  currency: localized(
    'a three-letter ISO 4217 currency code in capitals (e.g. `CNY`, `USD`)',
    '三个大写字母的 ISO 4217 货币代码（如 `CNY`、`USD`）',
  ),
};

function typeList(types: readonly JsonTypeName[]): Localized {
  const names = types.map((t) => TYPE_NAMES[t]);
  return localized(names.map((n) => n.en).join(' or '), names.map((n) => n['zh-CN']).join('或'));
}

function didYouMean(suggestion: string | undefined): Localized {
  return suggestion === undefined
    ? localized('', '')
    : localized(` Did you mean \`${suggestion}\`?`, `是不是想写 \`${suggestion}\`？`);
}

function join(a: Localized, b: Localized): Localized {
  return localized(a.en + b.en, a['zh-CN'] + b['zh-CN']);
}

export const schemaMessages = {
  missingProperty: (where: string, property: string): Localized =>
    localized(
      `\`${where}\` lacks the required property \`${property}\`.`,
      `\`${where}\` 缺少必填属性 \`${property}\`。`,
    ),
  missingRootProperty: (property: string): Localized =>
    localized(
      `The proposal lacks the required top-level property \`${property}\`.`,
      `方案缺少必填的顶层属性 \`${property}\`。`,
    ),
  missingFormatVersion: (): Localized =>
    localized(
      'The format version is missing: start the file with `presales: "1.0"`.',
      '缺少格式版本：请在文件开头写 `presales: "1.0"`。',
    ),
  emptyFile: (): Localized =>
    localized(
      'The file is empty. A proposal needs at least `presales: "1.0"` and a `proposal` with a `title`.',
      '文件为空。方案至少需要 `presales: "1.0"` 和带有 `title` 的 `proposal`。',
    ),
  rootNotMapping: (found: JsonTypeName): Localized => {
    const f = TYPE_NAMES[found];
    return localized(
      `The top level of a proposal must be a mapping of keys (\`presales\`, \`proposal\`, ...), found ${f.en}.`,
      `方案的顶层必须是键值映射（\`presales\`、\`proposal\` 等），实际为${f['zh-CN']}。`,
    );
  },
  unknownProperty: (
    where: string,
    property: string,
    suggestion: string | undefined,
    allowed: readonly string[],
  ): Localized => {
    const head =
      where === ''
        ? localized(`Unknown top-level property \`${property}\`.`, `未知的顶层属性 \`${property}\`。`)
        : localized(`Unknown property \`${property}\` in \`${where}\`.`, `\`${where}\` 中有未知属性 \`${property}\`。`);
    const tail =
      suggestion !== undefined
        ? didYouMean(suggestion)
        : allowed.length
          ? localized(` Known properties: ${allowed.join(', ')}.`, `可用属性：${allowed.join('、')}。`)
          : localized('', '');
    return join(head, tail);
  },
  wrongType: (where: string, expected: readonly JsonTypeName[], found: JsonTypeName): Localized => {
    const e = typeList(expected);
    const f = TYPE_NAMES[found];
    return localized(
      `\`${where}\` must be ${e.en}, found ${f.en}.`,
      `\`${where}\` 应为${e['zh-CN']}，实际为${f['zh-CN']}。`,
    );
  },
  formatVersionType: (found: JsonTypeName): Localized => {
    const f = TYPE_NAMES[found];
    return localized(
      `The format version must be the quoted text "1.0" (write \`presales: "1.0"\`), found ${f.en}.`,
      `格式版本必须是带引号的文本 "1.0"（写作 \`presales: "1.0"\`），实际为${f['zh-CN']}。`,
    );
  },
  formatVersionValue: (value: string, supported: readonly string[]): Localized =>
    localized(
      `Unknown format version \`${value}\`; this version of Presales Studio reads ${supported.map((s) => `"${s}"`).join(', ')}.`,
      `未知的格式版本 \`${value}\`；当前版本的 Presales Studio 只能读取 ${supported.map((s) => `"${s}"`).join('、')}。`,
    ),
  notAllowed: (where: string, value: string, allowed: readonly string[], suggestion: string | undefined): Localized =>
    join(
      localized(
        `\`${value}\` is not allowed for \`${where}\`; allowed values: ${allowed.join(', ')}.`,
        `\`${where}\` 不允许取值 \`${value}\`；可选值：${allowed.join('、')}。`,
      ),
      didYouMean(suggestion),
    ),
  badFormat: (where: string, value: string, format: string): Localized => {
    const f = PATTERN_FORMATS[format];
    if (!f)
      return localized(
        `\`${value}\` does not have the format \`${where}\` expects (pattern ${format}).`,
        `\`${value}\` 不符合 \`${where}\` 要求的格式（模式 ${format}）。`,
      );
    return localized(
      `\`${value}\` is not valid for \`${where}\`: expected ${f.en}.`,
      `\`${where}\` 的值 \`${value}\` 格式不对，应为${f['zh-CN']}。`,
    );
  },
  outOfRange: (where: string, value: number, min: number | undefined, max: number | undefined): Localized => {
    if (min !== undefined && max !== undefined) {
      return localized(
        `\`${where}\` is ${value}, outside the allowed range ${min} to ${max}.`,
        `\`${where}\` 的值 ${value} 超出允许范围 ${min} 到 ${max}。`,
      );
    }
    if (min !== undefined)
      return localized(
        `\`${where}\` is ${value}; it must be at least ${min}.`,
        `\`${where}\` 的值 ${value} 过小，不能小于 ${min}。`,
      );
    return localized(
      `\`${where}\` is ${value}; it must be at most ${max ?? ''}.`,
      `\`${where}\` 的值 ${value} 过大，不能大于 ${max ?? ''}。`,
    );
  },
  dependencyShape: (where: string, found: JsonTypeName): Localized => {
    const f = TYPE_NAMES[found];
    return localized(
      `\`${where}\` must be a task id (\`T1\`) or \`{ task: T1, lag: 2 }\`, found ${f.en}.`,
      `\`${where}\` 应为任务 id（\`T1\`）或 \`{ task: T1, lag: 2 }\`，实际为${f['zh-CN']}。`,
    );
  },
  noMatchingShape: (where: string, expected: readonly JsonTypeName[], found: JsonTypeName): Localized => {
    const e = typeList(expected);
    const f = TYPE_NAMES[found];
    return localized(
      `\`${where}\` must be ${e.en}, found ${f.en}.`,
      `\`${where}\` 应为${e['zh-CN']}，实际为${f['zh-CN']}。`,
    );
  },
  duplicateItem: (where: string, value: string, first: number, repeat: number): Localized =>
    localized(
      `\`${where}\` lists \`${value}\` twice (items ${first + 1} and ${repeat + 1}); remove the repeat.`,
      `\`${where}\` 中 \`${value}\` 出现了两次（第 ${first + 1} 项和第 ${repeat + 1} 项），请删除重复项。`,
    ),
  /** Any other constraint; ajv's own English wording is kept as the detail. */
  other: (where: string, detail: string): Localized =>
    localized(
      `\`${where || '(root)'}\` does not match the format: ${detail}.`,
      `\`${where || '（根）'}\` 不符合格式要求：${detail}。`,
    ),
  validatorFailed: (detail: string): Localized =>
    localized(
      `The schema validator failed on this file (${detail}); other checks still ran.`,
      `模式校验器处理此文件时出错（${detail}）；其他检查仍已执行。`,
    ),
};
