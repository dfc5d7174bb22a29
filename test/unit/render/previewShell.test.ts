import * as assert from 'node:assert/strict';
import { checkProposal } from '../../../src/core/check';
import { LABELS } from '../../../src/core/render/labels';
import { sourceHash } from '../../../src/core/render/sourceHash';
import { previewShellHtml } from '../../../src/extension/preview/previewShell';
import { renderForPreview } from '../../../src/worker/previewRender';
import { syntaxBanner, updateMessage } from '../../../src/extension/preview/updateMessage';

describe('preview shell page', () => {
  const html = previewShellHtml({
    cspSource: 'https://webview.example',
    nonce: 'abc123==',
    scriptUri: 'https://webview.example/dist/webview/preview.js',
    styleUri: 'https://webview.example/media/preview.css',
    lang: 'zh-CN',
  });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

  it('sets a CSP that allows only nonce scripts and the bundle origin', () => {
    assert.equal(
      csp,
      "default-src 'none'; img-src https://webview.example data:; style-src https://webview.example 'unsafe-inline'; script-src 'nonce-abc123=='; font-src https://webview.example",
    );
    assert.doesNotMatch(csp, /unsafe-eval|https?:\/\/(?!webview\.example)/);
  });

  it('loads the bundle as a module with the nonce, and nothing else runs', () => {
    assert.match(
      html,
      /<script type="module" nonce="abc123==" src="https:\/\/webview.example\/dist\/webview\/preview.js"><\/script>/,
    );
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<html lang="zh-CN">/);
  });
});

describe('preview update message', () => {
  it('carries sections, diagrams with hashes, strings in the proposal language and the version', () => {
    const r = checkProposal(
      'proposal: { title: 测试, language: zh-CN }\narchitecture:\n  components: [{ id: a, name: A }]\n',
    );
    const m = updateMessage(renderForPreview(r), { uri: 'file:///x.presales.yaml', version: 7 });
    assert.equal(m.type, 'update');
    assert.equal(m.version, 7);
    assert.equal(m.lang, 'zh-CN');
    assert.equal(m.strings.copySvg, '复制 SVG');
    assert.deepEqual(
      m.diagrams.map((d) => d.key),
      ['architecture'],
    );
    assert.equal(m.diagrams[0]?.hash, sourceHash(m.diagrams[0]?.source ?? ''));
    assert.match(syntaxBanner('en', 3).text, /3 YAML syntax error/);
  });
});

describe('labels and hashes', () => {
  it('has every label in English and Simplified Chinese', () => {
    for (const [key, value] of Object.entries(LABELS)) {
      assert.ok(value.en.trim() && value['zh-CN'].trim(), key);
      assert.equal(value.en.includes('{0}'), value['zh-CN'].includes('{0}'), `${key}: same placeholders`);
    }
  });

  it('hashes sources stably and tells near-identical sources apart', () => {
    assert.equal(sourceHash('flowchart LR\n  n0["a"]\n'), sourceHash('flowchart LR\n  n0["a"]\n'));
    assert.notEqual(sourceHash('n0["a"]'), sourceHash('n0["b"]'));
    assert.match(sourceHash(''), /^[0-9a-f]{16}$/);
  });
});
