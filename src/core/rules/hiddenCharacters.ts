import { ruleMessages } from '../messages/ruleMessages';
import { codePointName, findHiddenChars } from '../text/controls';
import type { RuleContext } from './ruleContext';

/**
 * PS221: bidirectional controls and zero-width characters, which make text read differently from
 * what it holds (a "Trojan Source" name). PS222: other control characters. Both are reported on the
 * exact characters, wherever they are in the file (values, keys, comments), so the quick fix can
 * delete exactly them.
 */
export function hiddenCharacters(ctx: RuleContext): void {
  for (const run of findHiddenChars(ctx.text)) {
    const names = [...new Set(run.codePoints.map((cp) => `<${codePointName(cp)}>`))].join(' ');
    ctx.report({
      code: run.kind === 'control' ? 'PS222' : 'PS221',
      path: [],
      span: { offset: run.offset, length: run.length },
      message: run.kind === 'control' ? ruleMessages.controlCharacters(names) : ruleMessages.hiddenCharacters(names),
      data: { kind: run.kind },
    });
  }
}
