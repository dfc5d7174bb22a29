/**
 * Every export format of both examples, checked with the tools a customer's machine would use:
 * LibreOffice reads the DOCX, pdftotext/pdfinfo read the PDFs, headless Chromium opens the HTML,
 * exceljs reads the XLSX back, an RFC 4180 parser reads the CSV.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { checkProposal } from '../../src/core/check';
import { customerView } from '../../src/core/export/customerView';
import { PROSE_DOCUMENTS } from '../../src/core/export/documentModel';
import { label } from '../../src/core/export/exportLabels';
import type { Proposal } from '../../src/core/model';
import { findBrowser } from '../../src/node/browser';
import { exportProposal, type ExportFormat } from '../../src/node/exportJob';
import {
  officeToPdf,
  EXAMPLES,
  rendererCopy,
  INTERNAL_MARKER,
  parseCsv,
  pdfPages,
  pdfText,
  readText,
  squash,
  tempDir,
  withInternalMarkers,
  zipEntries,
  zipPart,
  documentDiagramCount,
} from './exportTools';

const browserPath = findBrowser()?.path;

for (const example of EXAMPLES) {
  describe(`export: ${example.name} (${example.lang})`, function () {
    const dir = tempDir(`export-${example.name}`);
    // The source carries internal markers everywhere; no customer-facing file may contain them.
    const source = path.join(dir, `${example.name}.presales.yaml`);
    let proposal: Proposal;
    let visible: Proposal;
    const written = new Map<string, string>();
    const file = (doc: string, format: ExportFormat): string => {
      const f = written.get(`${doc}.${format}`);
      assert.ok(f, `${doc}.${format} was not exported`);
      return f;
    };

    before(async function () {
      this.timeout(600_000);
      assert.ok(browserPath, 'a Chromium-family browser is needed for these tests');
      const rendererDir = await rendererCopy();
      const diagramCacheDir = path.join(dir, 'diagram-cache');
      const text = withInternalMarkers(readFileSync(example.file, 'utf8'));
      writeFileSync(source, text);
      const checked = checkProposal(text);
      assert.deepEqual(
        checked.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
        [],
      );
      proposal = checked.proposal;
      visible = customerView(proposal);
      const jobs: Array<[string, ExportFormat]> = [
        ...PROSE_DOCUMENTS.flatMap((k): Array<[string, ExportFormat]> => [
          [k, 'docx'],
          [k, 'html'],
          [k, 'md'],
        ]),
        ['proposal', 'pdf'],
        ['requirements', 'pdf'],
        ['proposal', 'xlsx'],
        ['risks', 'xlsx'],
        ['risks', 'csv'],
        ['requirements', 'csv'],
        ['plan', 'csv'],
      ];
      for (const [doc, format] of jobs) {
        const r = await exportProposal({
          sourcePath: source,
          format,
          doc: doc as (typeof PROSE_DOCUMENTS)[number],
          out: dir,
          browserPath,
          rendererDir,
          // As the CLI and VS Code export: a diagram drawn for one format is reused by the next.
          diagramCacheDir,
        });
        written.set(`${doc}.${format}`, r.path);
      }
    });

    const requirementTitles = (): string[] => (visible.requirements ?? []).map((r) => r.title ?? '').filter(Boolean);
    const sectionHeadings = (): string[] => [
      label('requirements', example.lang),
      label('sec.solution', example.lang),
      label('risks', example.lang),
      label('sec.plan', example.lang),
    ];

    it('the proposal DOCX, read by LibreOffice, shows the cover, headings, every requirement title and the diagrams', function () {
      this.timeout(300_000);
      const docx = file('proposal', 'docx');
      const media = zipEntries(docx).filter((e) => /^word\/media\/.+\.png$/.test(e));
      assert.equal(
        media.length,
        documentDiagramCount('proposal', visible),
        `a picture per diagram, got ${media.join(', ')}`,
      );
      const pdf = officeToPdf(docx, dir);
      const text = squash(pdfText(pdf));
      assert.ok(text.includes(squash(proposal.proposal?.title ?? '')), 'title on the cover');
      for (const h of sectionHeadings()) assert.ok(text.includes(squash(h)), `heading ${h}`);
      for (const t of requirementTitles()) assert.ok(text.includes(squash(t)), `requirement ${t}`);
      if (example.lang === 'zh-CN')
        assert.ok(text.includes('解决方案建议书') && /[\u4e00-\u9fff]{20}/.test(text), 'Chinese text is there');
      assert.ok(!text.includes(INTERNAL_MARKER), 'no internal content');
      const pages = pdfPages(pdf);
      assert.ok(pages >= 8 && pages <= 60, `page count ${pages}`);
    });

    it('the DOCX has Word heading styles with numbering, contents with PAGEREF page numbers, repeated table headers and East Asian fonts', function () {
      const xml = zipPart(file('proposal', 'docx'), 'word/document.xml');
      assert.match(xml, /<w:pStyle w:val="Heading1"\/><w:numPr>/);
      assert.match(xml, /PAGEREF _TocPs1 \\h/);
      assert.match(xml, /<w:tblHeader\/>/);
      assert.match(xml, /w:eastAsia="Microsoft YaHei"/);
      assert.match(zipPart(file('proposal', 'docx'), 'word/settings.xml'), /<w:updateFields( w:val="true")?\/>/);
      const docx = file('proposal', 'docx');
      const footers = zipEntries(docx)
        .filter((e) => /^word\/footer\d+\.xml$/.test(e))
        .map((e) => zipPart(docx, e))
        .join('');
      assert.match(footers, /PAGE/);
      assert.match(footers, /NUMPAGES/);
    });

    it('every document kind exports as DOCX, and the requirements specification lists each acceptance criterion and a sign-off', function () {
      this.timeout(300_000);
      for (const k of PROSE_DOCUMENTS) assert.ok(zipEntries(file(k, 'docx')).includes('word/document.xml'), k);
      const text = squash(pdfText(officeToPdf(file('requirements', 'docx'), dir)));
      for (const r of visible.requirements ?? [])
        for (const a of r.acceptance ?? []) assert.ok(text.includes(squash(a)), `acceptance ${a}`);
      assert.ok(text.includes(squash(label('sec.signOff', example.lang))));
      assert.ok(!text.includes(INTERNAL_MARKER));
    });

    it('the PDF has A4 pages in the expected range, the text, and page numbers', function () {
      const pdf = file('proposal', 'pdf');
      const pages = pdfPages(pdf);
      assert.ok(pages >= 8 && pages <= 60, `page count ${pages}`);
      const raw = pdfText(pdf);
      const text = squash(raw);
      for (const t of requirementTitles()) assert.ok(text.includes(squash(t)), `requirement ${t}`);
      for (const c of visible.architecture?.components ?? [])
        assert.ok(text.includes(squash(c.name ?? '')), `diagram/table names ${c.name}`);
      assert.ok(
        text.includes(squash(`${label('page', example.lang)} 2 ${label('pageOf', example.lang)} ${pages}`)),
        'page x of y footer',
      );
      assert.ok(!text.includes(INTERNAL_MARKER));
      assert.match(execPdfInfo(pdf), /Page size:.* pts \(A4\)/);
    });

    it('the HTML is self-contained: both diagrams as inline SVG, no script, no external reference', async function () {
      this.timeout(120_000);
      const html = readText(file('proposal', 'html'));
      assert.doesNotMatch(html, /<script/i);
      assert.doesNotMatch(html, /\b(src|href)=["']?https?:/i);
      assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
      const browser: Browser = await chromium.launch({
        executablePath: browserPath,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(`file://${file('proposal', 'html')}`);
        assert.equal(
          await page.locator('figure.diagram:not(.diagram-part) > svg').count(),
          documentDiagramCount('proposal', visible),
        );
        const svgText = (await page.locator('figure.diagram-architecture svg').textContent()) ?? '';
        for (const c of visible.architecture?.components ?? [])
          assert.ok(squash(svgText).includes(squash(c.name ?? '')), `component ${c.name} in the SVG`);
        assert.deepEqual(
          requests.filter((u) => !u.startsWith('file://')),
          [],
        );
        const box = await page.locator('figure.diagram-architecture svg').boundingBox();
        const main = await page.locator('main').boundingBox();
        assert.ok(
          box && main && box.width <= main.width + 1,
          `the diagram fits the text column (${box?.width} <= ${main?.width})`,
        );
      } finally {
        await browser.close();
      }
    });

    it('Markdown keeps the diagrams as mermaid fences and escapes table cells', function () {
      const md = readText(file('proposal', 'md'));
      assert.equal((md.match(/^```+mermaid$/gm) ?? []).length, documentDiagramCount('proposal', visible));
      assert.match(md, /^\| .* \|$/m);
      for (const t of requirementTitles())
        assert.ok(md.includes(t.replace(/([\\`*_{}[\]()#+!|~>])/g, '\\$1').replace(/</g, '&lt;')), `requirement ${t}`);
    });

    it('the XLSX opens and has a row per requirement, task and risk, with a frozen styled header', async function () {
      const wb = new Workbook();
      await wb.xlsx.readFile(file('proposal', 'xlsx'));
      const [reqSheet, taskSheet, riskSheet] = wb.worksheets;
      assert.ok(reqSheet && taskSheet && riskSheet);
      assert.equal(reqSheet.actualRowCount - 1, (visible.requirements ?? []).length);
      assert.equal(riskSheet.actualRowCount - 1, (visible.risks ?? []).length);
      const tasks = (visible.plan?.phases ?? []).flatMap((p) => p.tasks ?? []).length;
      assert.equal(taskSheet.actualRowCount - 1, tasks);
      assert.equal(riskSheet.views[0]?.state, 'frozen');
      assert.equal(riskSheet.getRow(1).font?.bold, true);
      const cells: string[] = [];
      for (const ws of wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell((c) => {
            cells.push(String(c.value));
          }),
        );
      assert.ok(!cells.some((c) => c.includes(INTERNAL_MARKER)));
    });

    it('the CSV parses (RFC 4180, UTF-8 BOM) with a row per risk and per requirement', function () {
      const risks = readText(file('risks', 'csv'));
      assert.ok(risks.startsWith('\uFEFF'));
      const rows = parseCsv(risks.slice(1));
      assert.equal(rows.length - 1, (visible.risks ?? []).length);
      assert.ok(rows.every((r) => r.length === rows[0]?.length));
      const reqs = parseCsv(readText(file('requirements', 'csv')).slice(1));
      assert.deepEqual(
        reqs.slice(1).map((r) => r[1]),
        (visible.requirements ?? []).map((r) => r.title),
      );
    });

    it('no customer-facing file in any format contains internal content', function () {
      for (const [key, f] of written) {
        let text: string;
        if (f.endsWith('.docx')) text = zipPart(f, 'word/document.xml');
        else if (f.endsWith('.xlsx'))
          text = zipEntries(f)
            .filter((e) => /^xl\/.*\.xml$/.test(e))
            .map((e) => zipPart(f, e))
            .join('');
        else if (f.endsWith('.pdf')) text = pdfText(f);
        else text = readText(f);
        assert.ok(!text.includes(INTERNAL_MARKER), `${key} leaks internal content`);
      }
    });
  });
}

function execPdfInfo(pdf: string): string {
  return execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
}
