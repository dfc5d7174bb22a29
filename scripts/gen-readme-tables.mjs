// The commands and settings tables of README.md and README.zh-CN.md, generated from package.json and
// package.nls(.zh-cn).json so they cannot drift from what the extension declares. Each table sits
// between marker comments (<!-- commands:start --> ... <!-- commands:end -->, same for settings).
//   node scripts/gen-readme-tables.mjs            rewrite both READMEs
//   node scripts/gen-readme-tables.mjs --check    exit 1 when a README differs from what it would write
//   --dir <folder>                                read package.json, nls files and READMEs from <folder> (tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const LANGS = {
  en: {
    readme: 'README.md',
    nls: 'package.nls.json',
    commands: ['Command', 'Title', 'Key'],
    settings: ['Setting', 'Default', 'Description'],
    values: (list) => ` Values: ${list.join(', ')}.`,
    paren: (s) => ` (${s})`,
  },
  'zh-CN': {
    readme: 'README.zh-CN.md',
    nls: 'package.nls.zh-cn.json',
    commands: ['命令', '标题', '快捷键'],
    settings: ['设置', '默认值', '说明'],
    values: (list) => `取值：${list.join('、')}。`,
    paren: (s) => `（${s}）`,
  },
};

/** `%key%` placeholders of package.json resolved from an nls file. */
const resolve = (nls, s) => (typeof s === 'string' ? s.replace(/^%(.+)%$/, (m, k) => nls[k] ?? m) : '');
/** Markdown table cells: one line, pipes escaped. */
const cell = (s) => String(s).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function commandsTable(pkg, nls, lang) {
  const keys = new Map(
    (pkg.contributes.keybindings ?? []).map((k) => [
      k.command,
      k.mac && k.mac !== k.key ? `${k.key} (mac: ${k.mac})` : k.key,
    ]),
  );
  const rows = pkg.contributes.commands.map((c) => [
    `\`${c.command}\``,
    `${c.category ? `${c.category}: ` : ''}${resolve(nls, c.title)}`,
    keys.has(c.command) ? `\`${keys.get(c.command)}\`` : '',
  ]);
  return table(LANGS[lang].commands, rows);
}

export function settingsTable(pkg, nls, lang) {
  const rows = Object.entries(pkg.contributes.configuration.properties).map(([key, p]) => {
    let text = resolve(nls, p.markdownDescription ?? p.description);
    if (p.enum) {
      const described = p.enum.map(
        (v, i) => `\`${v}\`${p.enumDescriptions?.[i] ? LANGS[lang].paren(resolve(nls, p.enumDescriptions[i])) : ''}`,
      );
      text += LANGS[lang].values(described);
    }
    if (p.minimum !== undefined || p.maximum !== undefined)
      text += LANGS[lang].paren(`${p.minimum ?? ''}–${p.maximum ?? ''}`);
    return [`\`${key}\``, `\`${JSON.stringify(p.default)}\``, text];
  });
  return table(LANGS[lang].settings, rows);
}

/** The README text with both tables replaced; throws when a marker pair is missing. */
export function withTables(readme, pkg, nls, lang) {
  let text = readme;
  for (const [name, body] of [
    ['commands', commandsTable(pkg, nls, lang)],
    ['settings', settingsTable(pkg, nls, lang)],
  ]) {
    const re = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(text))
      throw new Error(`${LANGS[lang].readme}: the <!-- ${name}:start --> / <!-- ${name}:end --> markers are missing`);
    text = text.replace(re, (_m, start, end) => `${start}${body}\n${end}`);
  }
  return text;
}

function main(argv) {
  const dirAt = argv.indexOf('--dir');
  const dir =
    dirAt >= 0 ? path.resolve(argv[dirAt + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const check = argv.includes('--check');
  const read = (f) => readFileSync(path.join(dir, f), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  let stale = 0;
  for (const [lang, { readme, nls }] of Object.entries(LANGS)) {
    const before = read(readme);
    const after = withTables(before, pkg, JSON.parse(read(nls)), lang);
    if (before === after) continue;
    if (check) {
      console.error(
        `${readme}: the commands/settings tables are out of date: run \`node scripts/gen-readme-tables.mjs\``,
      );
      stale++;
    } else {
      writeFileSync(path.join(dir, readme), after);
      console.log(`gen-readme-tables: ${readme} updated`);
    }
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (e) {
    console.error(`gen-readme-tables: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
