/**
 * Real tools the export tests look through (no mocks): LibreOffice turns a DOCX into a PDF the way a
 * customer's office suite would read it, poppler's pdftotext/pdfinfo read PDFs, unzip lists a DOCX.
 * Also the hostile and internal-marker variants of the examples.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';
export { repoRoot } from '../support/repo';
import { repoRoot } from '../support/repo';
import { buildDocument } from '../../src/core/export/documents';
import { diagramSources, type ProseDocumentKind } from '../../src/core/export/documentModel';
import type { Proposal } from '../../src/core/model';

export const EXAMPLES = [
  { name: 'smart-factory', file: path.join(repoRoot, 'examples/smart-factory.presales.yaml'), lang: 'en' as const },
  { name: 'zhihui-kefu', file: path.join(repoRoot, 'examples/zhihui-kefu.presales.yaml'), lang: 'zh-CN' as const },
];

/**
 * A private build of the diagram renderer page (same esbuild settings as scripts/build.mjs): other
 * builds running on the same checkout delete and rewrite dist/ while a long test is running.
 */
export async function rendererCopy(): Promise<string> {
  const outdir = path.join(tempDir('renderer'), 'exportRenderer');
  await build({
    entryPoints: [path.join(repoRoot, 'src/webview/exportRenderer.ts')],
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  });
  return outdir;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `presales-${prefix}-`));
}

/** DOCX or PPTX -> PDF with LibreOffice in a private profile (parallel runs must not share one). */
export function officeToPdf(file: string, parentDir: string): string {
  const profile = tempDir('lo-profile');
  // Its own folder: LibreOffice names the PDF after the file, which would replace our exported PDF.
  const outDir = mkdtempSync(path.join(parentDir, 'lo-'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}

export function pdfText(pdf: string): string {
  // -raw keeps content-stream order: a table cell's lines stay together instead of interleaving columns.
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  return m ? Number(m[1]) : 0;
}

/** Each page's text as printed (-layout keeps a contents line's number, title, leader and page on one line). */
export function pdfPageTexts(pdf: string): string[] {
  return Array.from({ length: pdfPages(pdf) }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
}

export interface ContentsEntry {
  number: string;
  title: string;
  page: number;
}

/** The entries of a printed table of contents: "2.1 Background......4" is number, title, dot leader, page. */
export function contentsEntries(contents: string): ContentsEntry[] {
  return [...contents.matchAll(/^\s*(\d+\.(?:\d+)?)\s+(.+?)\s*\.{4,}\s*(\d+)\s*$/gm)].map((m) => ({
    number: m[1] ?? '',
    title: (m[2] ?? '').trim(),
    page: Number(m[3]),
  }));
}

/**
 * The index in `pages` of the first page after the contents (index 2 on) with a line that starts with
 * the entry's number and the first `titleChars` characters of its title; -1 when none has.
 */
export function headingPageIndex(pages: readonly string[], entry: ContentsEntry, titleChars: number): number {
  const heading = new RegExp(
    `^\\s*${entry.number.replace('.', '\\.')}\\s+${entry.title.slice(0, titleChars).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
    'm',
  );
  return pages.findIndex((text, i) => i > 1 && heading.test(text));
}

export function zipEntries(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Text inside a DOCX/XLSX part, for "the internal marker is not in the file at all" checks. */
export function zipPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** pdftotext breaks lines and spreads table cells; compare on text with all white space removed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export const INTERNAL_MARKER = 'ZZINTERNALMARKER';

/**
 * The example with a unique marker in every internal place: negotiation notes, competitors,
 * internal pricing notes, and the title of every item marked `internal: true`.
 */
export function withInternalMarkers(text: string): string {
  const doc = parseDocument(text);
  doc.setIn(['sales', 'negotiationNotes'], `${INTERNAL_MARKER} negotiation: walk away below 10% margin.`);
  doc.setIn(['budget', 'internalNotes'], `${INTERNAL_MARKER} pricing: margin 32%.`);
  doc.setIn(
    ['sales', 'competitors'],
    doc.createNode([
      {
        name: `${INTERNAL_MARKER} Competitor`,
        strengths: `${INTERNAL_MARKER} price`,
        weaknesses: 'slow',
        ourAdvantage: 'on site',
      },
    ]),
  );
  visit(doc, {
    Map(_key, node) {
      const internal = node.get('internal');
      if (internal !== true) return;
      for (const key of ['title', 'name', 'item']) {
        if (node.has(key)) node.set(key, `${INTERNAL_MARKER} ${String(node.get(key))}`);
      }
    },
  });
  return doc.toString();
}

/** Free-text fields only, so ids, dates and enums stay valid and the document still exports. */
const FREE_TEXT = new Set([
  'title',
  'subtitle',
  'name',
  'description',
  'summary',
  'background',
  'currentState',
  'overview',
  'rationale',
  'prevention',
  'contingency',
  'solution',
  'source',
  'metric',
  'role',
  'purpose',
  'question',
  'answer',
  'highlight',
  'topic',
  'audience',
  'item',
  'notes',
  'scope',
  'area',
  'choice',
  'reason',
  'environment',
  'technology',
  'label',
  'askedTo',
  'achievable',
  'strengths',
]);
const LIST_TEXT = new Set(['acceptance', 'drivers', 'deliverables', 'steps', 'agenda', 'skills']);

export const PAYLOAD = `<script>document.title="PWNED"</script><img src=x onerror="document.title='PWNED'"><svg onload="document.title='PWNED'"></svg>`;

export function withHostileText(text: string): string {
  const doc = parseDocument(text);
  const poison = (s: Scalar): void => {
    if (typeof s.value === 'string') s.value = `${s.value} ${PAYLOAD}`;
  };
  visit(doc, {
    Pair(_key, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      // `environment` is text in the demo only; a view's or a deployment node's names one by id.
      const owner = path.filter(isPair).at(-1);
      const inDemo = owner !== undefined && isScalar(owner.key) && owner.key.value === 'demo';
      if (FREE_TEXT.has(key) && isScalar(pair.value) && (key !== 'environment' || inDemo)) poison(pair.value);
      if (LIST_TEXT.has(key) && isSeq(pair.value))
        for (const item of pair.value.items) if (isScalar(item)) poison(item);
      if (key === 'customer' && isMap(pair.value)) {
        const name = pair.value.get('name', true);
        if (isScalar(name)) poison(name);
      }
    },
  });
  return doc.toString();
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** RFC 4180 parser (quotes, doubled quotes, CRLF/LF, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      /* CRLF: the \n ends the row */
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The distinct diagrams a document of `kind` carries for `visible` (one per architecture view, the timeline). */
export function documentDiagramCount(kind: ProseDocumentKind, visible: Proposal): number {
  return new Set(diagramSources(buildDocument(kind, visible)).map((d) => d.mermaid)).size;
}
