import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fillPlaceholders } from '../../../src/core/docxTemplate/placeholders';
import { readStyleSheet, resolveRoles } from '../../../src/core/docxTemplate/styles';
import { applySplices, parseXml } from '../../../src/core/docxTemplate/xmlTree';
import { ExportError, exportProposal, type ExportResult } from '../../../src/node/exportJob';
import { HIDDEN, hostileYaml, PAYLOADS, SENTINEL } from '../../support/hostileText';
import { repoPath } from '../../support/repo';

const EN_TEMPLATE = repoPath('examples', 'templates', 'company.en.dotx');
const ZH_TEMPLATE = repoPath('examples', 'templates', 'company.zh-CN.docx');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function parts(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(file)))))
    out[name] = strFromU8(bytes);
  return out;
}

describe('Word template: placeholders', () => {
  it('fills a placeholder split over runs and keeps the runs', () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>For </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{{cus</w:t></w:r><w:r><w:t>tom</w:t></w:r><w:r><w:t xml:space="preserve">er}} &amp; {{title}}!</w:t></w:r></w:p></w:body></w:document>`;
    const scan = fillPlaceholders(parseXml(xml, 'x'), { customer: 'A<B> & "C"', title: 'T' });
    const out = applySplices(xml, scan.splices);
    const text = [...out.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
    assert.equal(text, 'For |A&lt;B&gt; &amp; &quot;C&quot;|| &amp; T!');
    assert.match(out, /<w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">A&lt;B/);
    assert.deepEqual(scan.unknown, []);
  });
  it('reports unknown placeholders and finds the body marker', () => {
    const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>{{nope}}</w:t></w:r></w:p><w:p><w:r><w:t>{{bo</w:t></w:r><w:r><w:t>dy}}</w:t></w:r></w:p></w:body></w:document>`;
    const scan = fillPlaceholders(parseXml(xml, 'x'), {}, { bodyMarker: true });
    assert.deepEqual(scan.unknown, ['{{nope}}']);
    assert.equal(scan.bodyParagraphs.length, 1);
    assert.equal(scan.bodyParagraphs[0]?.onlyMarker, true);
  });
});

describe('Word template: styles by name', () => {
  it("resolves Chinese Word's 标题 1 (id 1) and English Word's Heading1, never by a foreign id", () => {
    const zh = resolveRoles(readStyleSheet(parts(ZH_TEMPLATE)['word/styles.xml'] ?? ''));
    assert.equal(zh.get('heading1')?.id, '1');
    assert.equal(zh.get('heading1')?.name, '标题 1');
    assert.equal(zh.get('heading3')?.name, 'heading 3');
    assert.equal(zh.get('caption')?.name, '题注');
    assert.equal(zh.get('tableGrid')?.name, '网格型');
    assert.equal(zh.get('tocHeading'), undefined);
    const en = resolveRoles(readStyleSheet(parts(EN_TEMPLATE)['word/styles.xml'] ?? ''));
    assert.equal(en.get('heading2')?.id, 'Heading2');
    assert.equal(en.get('listNumber'), undefined);
    // A style whose id is Heading1 but whose name says otherwise is not taken for a heading.
    const odd = resolveRoles(
      readStyleSheet(
        `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Quote"/></w:style><w:style w:type="paragraph" w:styleId="x9"><w:name w:val="Heading 1"/></w:style></w:styles>`,
      ),
    );
    assert.equal(odd.get('heading1')?.id, 'x9');
  });
});

describe('Word template: export', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'ps-template-'));
  const source = repoPath('examples', 'smart-factory.presales.yaml');
  const run = (extra: Partial<Parameters<typeof exportProposal>[0]>, out: string): Promise<ExportResult> =>
    exportProposal({ sourcePath: source, format: 'docx', renderDiagrams: false, out: path.join(dir, out), ...extra });
  const refusal = async (template: string, out: string): Promise<ExportError> => {
    try {
      await run({ template }, out);
    } catch (e: unknown) {
      assert.ok(e instanceof ExportError);
      assert.equal(existsSync(path.join(dir, out)), false, 'nothing written');
      return e;
    }
    assert.fail('exported');
  };

  it('pours the body into the .dotx: a document content type, placeholders filled, template styles, ids unique', async () => {
    const result = await run({ template: EN_TEMPLATE }, 'en.docx');
    const p = parts(result.path);
    const types = p['[Content_Types].xml'] ?? '';
    assert.match(types, /wordprocessingml\.document\.main\+xml/);
    assert.doesNotMatch(types, /template\.main/);
    const doc = p['word/document.xml'] ?? '';
    assert.doesNotMatch(doc, /\{\{/);
    assert.match(doc, /Brenner Drive Systems GmbH/);
    assert.match(doc, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(doc, /<w:pStyle w:val="TOC1"\/>/);
    assert.match(doc, /<w:tblStyle w:val="TableGrid"\/>/);
    const header = Object.entries(p).find(
      ([name, text]) => /^word\/header\d+\.xml$/.test(name) && /Northwind/.test(text),
    );
    assert.ok(header, 'the template header');
    assert.match(header[1], /Shop-Floor Data Platform for Plant Ulm · v1\.2/);
    const rels = p['word/_rels/document.xml.rels'] ?? '';
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'relationship ids unique');
    const numbering = p['word/numbering.xml'] ?? '';
    const numIds = [...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => m[1]);
    assert.equal(new Set(numIds).size, numIds.length, 'numbering ids unique');
    assert.match(p['word/settings.xml'] ?? '', /<w:updateFields w:val="true"\/>/);
    assert.ok(result.notes?.some((n) => /heading 1 \(Heading1\)/.test(n.en)));
    // The template file itself is untouched.
    assert.match(parts(EN_TEMPLATE)['word/document.xml'] ?? '', /\{\{body\}\}/);
  });

  it("uses the Chinese template's 标题 1 (id 1) and says which style it added", async () => {
    const zhSource = repoPath('examples', 'zhihui-kefu.presales.yaml');
    const result = await exportProposal({
      sourcePath: zhSource,
      format: 'docx',
      renderDiagrams: false,
      out: path.join(dir, 'zh.docx'),
      template: ZH_TEMPLATE,
    });
    const doc = parts(result.path)['word/document.xml'] ?? '';
    assert.match(doc, /<w:pStyle w:val="1"\/>/);
    assert.doesNotMatch(doc, /w:val="Heading1"/);
    assert.ok(result.template?.report.added.some((a) => a.role === 'tocHeading'));
    assert.ok(result.notes?.some((n) => /TOCHeading/.test(n['zh-CN'])));
  });

  it('takes the command line over proposal.template over the setting', async () => {
    const text = readFileSync(source, 'utf8').replace(
      /^proposal:\n/m,
      `proposal:\n  template: ${JSON.stringify(ZH_TEMPLATE)}\n`,
    );
    const withTemplate = path.join(dir, 'with-template.presales.yaml');
    writeFileSync(withTemplate, text);
    const header = (file: string): string =>
      Object.entries(parts(file))
        .filter(([n]) => /^word\/header\d+\.xml$/.test(n))
        .map(([, t]) => t)
        .join('');
    const fromFile = await exportProposal({
      sourcePath: withTemplate,
      format: 'docx',
      renderDiagrams: false,
      out: path.join(dir, 'a.docx'),
      template: EN_TEMPLATE,
      templateFrom: 'setting',
    });
    assert.match(header(fromFile.path), /北辰智造/);
    const fromFlag = await exportProposal({
      sourcePath: withTemplate,
      format: 'docx',
      renderDiagrams: false,
      out: path.join(dir, 'b.docx'),
      template: EN_TEMPLATE,
      templateFrom: 'flag',
    });
    assert.match(header(fromFlag.path), /Northwind/);
    const fromSetting = await run({ template: EN_TEMPLATE, templateFrom: 'setting' }, 'c.docx');
    assert.match(header(fromSetting.path), /Northwind/);
  });

  it('refuses a missing template, a file that is not Word, and a macro-enabled one, writing nothing', async () => {
    const missing = await refusal(path.join(dir, 'nope.dotx'), 'm.docx');
    assert.match(missing.localized.en, /does not exist or cannot be read/);
    assert.match(missing.localized['zh-CN'], /不存在或无法读取/);
    const text = path.join(dir, 'notes.docx');
    writeFileSync(text, 'just some text');
    assert.match((await refusal(text, 'n.docx')).localized.en, /is not a Word document or template/);
    const xlsx = path.join(dir, 'book.docx');
    writeFileSync(
      xlsx,
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
    );
    assert.match((await refusal(xlsx, 'x.docx')).localized.en, /no word\/document\.xml/);
    const files = unzipSync(new Uint8Array(readFileSync(EN_TEMPLATE)));
    files['[Content_Types].xml'] = strToU8(
      strFromU8(files['[Content_Types].xml'] ?? new Uint8Array()).replace(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
        'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
      ),
    );
    const docm = path.join(dir, 'macros.dotm');
    writeFileSync(docm, zipSync(files));
    const macros = await refusal(docm, 'd.docx');
    assert.match(macros.localized.en, /macro-enabled/);
    assert.match(macros.localized['zh-CN'], /启用了宏/);
  });
});

describe('Word template: a bare template (no styles, numbering or settings, no {{body}})', function () {
  this.timeout(60_000);
  it('adds our styles, numbering and settings as new parts and puts the body after its content', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ps-bare-'));
    const bare = path.join(dir, 'bare.docx');
    const ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
    writeFileSync(
      bare,
      zipSync({
        '[Content_Types].xml': strToU8(
          `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${ct}"/></Types>`,
        ),
        '_rels/.rels': strToU8(
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
        'word/document.xml': strToU8(
          `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>Cover of {{title}} for {{customer}} {{unknown}}</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`,
        ),
      }),
    );
    const result = await exportProposal({
      sourcePath: repoPath('examples', 'smart-factory.presales.yaml'),
      format: 'docx',
      renderDiagrams: false,
      out: path.join(dir, 'out.docx'),
      template: bare,
    });
    const p = parts(result.path);
    for (const [name, text] of Object.entries(p)) if (/\.(xml|rels)$/.test(name)) parseXml(text, name);
    assert.match(
      p['word/document.xml'] ?? '',
      /Cover of Shop-Floor Data Platform for Plant Ulm for Brenner Drive Systems GmbH \{\{unknown\}\}/,
    );
    assert.match(
      p['word/document.xml'] ?? '',
      /<w:br w:type="page"\/><\/w:r><\/w:p>.*<w:pStyle w:val="Heading1"\/>.*<w:sectPr><w:pgSz w:w="12240"/s,
    );
    assert.match(
      p['word/styles.xml'] ?? '',
      /<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading1"><w:name w:val="heading 1"\/>/,
    );
    assert.ok(p['word/numbering.xml'], 'our numbering part');
    assert.match(p['word/settings.xml'] ?? '', /updateFields/);
    const rels = p['word/_rels/document.xml.rels'] ?? '';
    for (const kind of ['styles', 'numbering', 'settings']) assert.match(rels, new RegExp(`relationships/${kind}"`));
    const types = p['[Content_Types].xml'] ?? '';
    for (const part of ['styles', 'numbering', 'settings'])
      assert.match(types, new RegExp(`PartName="/word/${part}.xml"`));
    assert.ok(result.template?.report.added.some((a) => a.role === 'heading1'));
    assert.deepEqual(result.template?.report.unknownPlaceholders, ['{{unknown}}']);
    assert.equal(result.template?.report.bodyMarker, false);
    // Tables fit the template's text width (12240 - 2 x 1800 twips), not ours.
    assert.match(p['word/document.xml'] ?? '', /<w:tblW w:type="dxa" w:w="8640"\/>|<w:tblW w:w="8640" w:type="dxa"\/>/);
  });
});

describe('Word template: hostile text', function () {
  this.timeout(300_000);
  it('every payload class arrives as text in well-formed parts, without hidden characters or internal notes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ps-hostile-'));
    // The classes that test XML text (the rest test Markdown, HTML and Mermaid, which a Word part never parses).
    const classes = new Set(['raw html', 'multi-line', 'bidi', 'controls', 'long line', 'plain']);
    for (const [name, payload] of PAYLOADS.filter(([n]) => classes.has(n))) {
      const source = path.join(dir, `${name.replace(/\W+/g, '-')}.presales.yaml`);
      writeFileSync(source, hostileYaml('examples/smart-factory.presales.yaml', payload));
      const result = await exportProposal({
        sourcePath: source,
        format: 'docx',
        renderDiagrams: false,
        out: dir,
        template: EN_TEMPLATE,
      });
      const p = parts(result.path);
      for (const [part, text] of Object.entries(p)) {
        if (!/\.(xml|rels)$/.test(part)) continue;
        parseXml(text, `${name}: ${part}`);
        assert.ok(!text.includes(SENTINEL), `${name}: internal note in ${part}`);
      }
      const cover = [...(p['word/document.xml'] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      assert.ok(!HIDDEN.test(cover), `${name}: hidden characters in the document text`);
      assert.ok(!cover.includes('{{'), `${name}: a placeholder left`);
      if (name === 'plain')
        assert.ok(cover.includes('Tom &amp; Jerry &lt;b&gt;x&lt;/b&gt; &quot;q&quot;'), 'plain text whole');
    }
  });
});
