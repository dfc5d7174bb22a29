import * as assert from 'node:assert/strict';
import { parseArgs, peekOption, UsageError, type OptionSpec } from '../../src/cli/args';
import { languageFromEnvironment } from '../../src/cli/language';

const specs: OptionSpec[] = [
  { name: 'format', valueName: 'text|json', choices: ['text', 'json'], description: { en: '', 'zh-CN': '' } },
  { name: 'max-warnings', valueName: 'N', description: { en: '', 'zh-CN': '' } },
  { name: 'help', short: 'h', description: { en: '', 'zh-CN': '' } },
];

function usageError(argv: string[]): UsageError {
  try {
    parseArgs(argv, specs);
  } catch (e: unknown) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('CLI argument parser', () => {
  it('separates positionals from options in any order', () => {
    const r = parseArgs(['a', '--format', 'json', 'b', '--max-warnings=3', '-h', 'c'], specs);
    assert.deepEqual(r.positionals, ['a', 'b', 'c']);
    assert.equal(r.options.get('format'), 'json');
    assert.equal(r.options.get('max-warnings'), '3');
    assert.equal(r.options.get('help'), true);
  });

  it('treats everything after -- as positionals', () => {
    assert.deepEqual(parseArgs(['--', '--format', '-h'], specs).positionals, ['--format', '-h']);
  });

  it('keeps a lone dash as a positional', () => {
    assert.deepEqual(parseArgs(['-'], specs).positionals, ['-']);
  });

  it('accepts an empty value after =', () => {
    assert.equal(parseArgs(['--max-warnings='], specs).options.get('max-warnings'), '');
  });

  it('rejects unknown long and short options, naming them without their value', () => {
    assert.match(usageError(['--nope']).localized.en, /'--nope'/);
    assert.match(usageError(['--nope=1']).localized.en, /'--nope'/);
    assert.match(usageError(['-x']).localized.en, /'-x'/);
    assert.match(usageError(['--nope']).localized['zh-CN'], /未知选项/);
  });

  it('rejects a value outside the choices, a missing value and a value on a flag', () => {
    assert.match(usageError(['--format', 'xml']).localized.en, /one of text, json/);
    assert.match(usageError(['--format']).localized.en, /needs a value/);
    assert.match(usageError(['--help=yes']).localized.en, /does not take a value/);
  });

  it('peeks at --lang before full parsing', () => {
    assert.equal(peekOption(['validate', '--lang', 'zh-CN', 'x'], 'lang'), 'zh-CN');
    assert.equal(peekOption(['--lang=en'], 'lang'), 'en');
    assert.equal(peekOption(['--', '--lang', 'zh-CN'], 'lang'), undefined);
  });

  it('derives the language from LC_ALL, LC_MESSAGES, then LANG', () => {
    assert.equal(languageFromEnvironment({}), 'en');
    assert.equal(languageFromEnvironment({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
    assert.equal(languageFromEnvironment({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }), 'en');
    assert.equal(languageFromEnvironment({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW' }), 'zh-CN');
    assert.equal(languageFromEnvironment({ LANG: 'C', LC_ALL: '' }), 'en');
  });
});
