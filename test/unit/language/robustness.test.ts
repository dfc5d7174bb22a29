import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkProposal } from '../../../src/core/check';
import { codeLenses } from '../../../src/core/language/codeLens';
import { completeAt } from '../../../src/core/language/completion';
import { definitionsAt } from '../../../src/core/language/definition';
import { highlightsAt } from '../../../src/core/language/highlights';
import { hoverAt } from '../../../src/core/language/hover';
import { FIXABLE_CODES, quickFixesFor } from '../../../src/core/language/quickFixes';
import { prepareRename } from '../../../src/core/language/rename';
import { documentSymbols } from '../../../src/core/language/symbols';
import { applyEdits } from '../../../src/core/language/textEdit';
import { doc, schema } from './fixture';
import { brokenExamples, exampleProposals } from '../../support/fixtures';
import { repoRoot as root } from '../../support/repo';

const files = [...exampleProposals(), ...brokenExamples()];

const HOSTILE = [
  '',
  '\n',
  '- - -',
  ': : :',
  '[{]}',
  'a: *nope',
  '{{{{',
  'presales: "1.0"\nteam:\n  - id: <script>alert(1)</script>\n    name: "]]>"\n',
  "risks:\n  - id: R\n    related: ['x\n",
  'plan:\n  phases:\n    - tasks:\n        - dependsOn: [{task: }]\n',
  '\uFEFFpresales: "1.0"\r\nproposal:\r\n  title: x\r\n',
  'team:\n\t- id: a\n',
  '名字: 值\n团队:\n  - id: 张三\n',
];

describe('language features on every example and hostile input', () => {
  for (const file of files) {
    it(`never throws anywhere in ${file}`, function () {
      this.timeout(30_000); // hundreds of positions; slow only on a loaded machine
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const d = doc(text);
      const step = Math.max(1, Math.floor(text.length / 200));
      for (let offset = 0; offset <= text.length; offset += step) {
        completeAt({ text, offset, index: d.index, schema: schema(), lang: 'en' });
        hoverAt({
          text,
          offset,
          value: d.parsed.value,
          index: d.index,
          schema: schema(),
          lang: 'zh-CN',
          schedule: d.schedule(),
        });
        definitionsAt(d.index, offset);
        highlightsAt(d.index, offset);
        prepareRename(d.index, offset);
      }
      documentSymbols(d.parsed.document, 'en');
      codeLenses(d.index, d.parsed.value, { lang: 'en' });
    });
  }

  for (const file of files) {
    it(`every quick fix in ${file} keeps the YAML parseable and removes its diagnostic`, () => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const before = checkProposal(text);
      const syntaxBefore = before.diagnostics.filter((x) => x.code.startsWith('PS0')).length;
      const d = doc(text);
      for (const diagnostic of before.diagnostics.filter((x) => FIXABLE_CODES.has(x.code))) {
        for (const fix of quickFixesFor(diagnostic, {
          parsed: d.parsed,
          index: d.index,
          schema: schema(),
          lang: 'en',
        })) {
          const after = checkProposal(applyEdits(text, fix.edits));
          assert.ok(
            after.diagnostics.filter((x) => x.code.startsWith('PS0')).length <= syntaxBefore,
            `${fix.title} broke the YAML`,
          );
          const same = after.diagnostics.filter(
            (x) => x.code === diagnostic.code && x.offset === diagnostic.offset && x.message === diagnostic.message,
          );
          assert.equal(same.length, 0, `${fix.title} left ${diagnostic.code} ${diagnostic.message}`);
        }
      }
    });
  }

  it('never throws on hostile text', () => {
    for (const text of HOSTILE) {
      const d = doc(text);
      for (let offset = 0; offset <= text.length; offset++) {
        completeAt({ text, offset, index: d.index, schema: schema(), lang: 'en' });
        hoverAt({
          text,
          offset,
          value: d.parsed.value,
          index: d.index,
          schema: schema(),
          lang: 'en',
          schedule: d.schedule(),
        });
      }
      documentSymbols(d.parsed.document, 'en');
      for (const diagnostic of checkProposal(text).diagnostics)
        quickFixesFor(diagnostic, { parsed: d.parsed, index: d.index, schema: schema(), lang: 'en' });
    }
  });
});
