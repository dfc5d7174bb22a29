import * as assert from 'node:assert/strict';
import type { Request } from 'playwright-core';
import { payloadProposal, PAYLOADS, previewSuite, readRepoFile, updateFromYaml } from './browserHarness';

describe('preview in Chromium: hostile document text', () => {
  const preview = previewSuite();

  it('shows HTML/script payloads in every text field as text and runs none of them', async () => {
    const { server } = preview;
    const pp = await preview.open();
    const dialogs: string[] = [];
    const requests: string[] = [];
    pp.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    pp.page.on('request', (r: Request) => requests.push(r.url()));
    try {
      const text = payloadProposal(readRepoFile('examples/smart-factory.presales.yaml'));
      await pp.post(updateFromYaml(text, { version: 1 }));
      await pp.waitFor(1, 'drawn');
      // Click everything clickable: links, rows, diagram nodes (a javascript: href would run now).
      const links = await pp.page.$$('#content a');
      for (const a of links) await a.click({ force: true, noWaitAfter: true }).catch(() => undefined);
      const page = await pp.page.evaluate<{
        pwned: boolean;
        scripts: number;
        handlers: number;
        badLinks: string[];
        iframes: number;
        text: string;
        failed: number;
      }>(`({
        pwned: window.__pwned === 1,
        scripts: document.querySelectorAll('#content script').length,
        handlers: [...document.querySelectorAll('#content *')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
        badLinks: [...document.querySelectorAll('#content a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(https?:|mailto:)/i.test(h)),
        iframes: document.querySelectorAll('#content iframe, #content object, #content embed').length,
        text: document.getElementById('content').textContent,
        failed: document.querySelectorAll('.diagram-failed').length,
      })`);
      assert.equal(page.pwned, false, 'a payload ran');
      assert.deepEqual(dialogs, []);
      assert.equal(page.scripts, 0);
      assert.equal(page.handlers, 0);
      assert.deepEqual(page.badLinks, []);
      assert.equal(page.iframes, 0);
      assert.equal(page.failed, 0, 'payload names still give valid diagrams');
      for (const p of ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>'])
        assert.ok(page.text.includes(p), `${p} shown as text`);
      assert.ok(PAYLOADS.length > 5);
      assert.deepEqual(
        requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:')),
        [],
        'no request leaves the bundle',
      );
      assert.deepEqual(await pp.cspViolations(), []);
    } finally {
      await pp.page.close();
    }
  });
});
