// The formats table (src/core/export/formats.ts) is the one list of export formats; package.json
// repeats some of it because VS Code reads only the manifest. These tests fail when the two drift,
// so a new format cannot silently miss the settings enum, the picker or a one-click command.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOCUMENT_KINDS, PROSE_DOCUMENTS } from '../../../src/core/export/documentModel';
import {
  DEFAULT_EXPORT_FORMAT,
  EXPORT_FORMAT_IDS,
  defaultFormatFor,
  EXPORT_FORMATS,
  exportFormat,
  formatNames,
  formatsFor,
  isExportFormat,
  servesDocument,
} from '../../../src/core/export/formats';
import { defaultOutputName } from '../../../src/node/exportJob';

const root = path.resolve(__dirname, '../../../..');

interface Manifest {
  contributes: {
    commands: Array<{ command: string }>;
    menus: Record<string, Array<{ command: string }>>;
    configuration: { properties: Record<string, { enum?: unknown[]; default?: unknown }> };
  };
  activationEvents?: string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

/** Every array in the manifest that names at least two export formats: each must be the whole list. */
function formatListsIn(value: unknown, at: string, out: Array<{ at: string; list: unknown[] }>): void {
  if (Array.isArray(value)) {
    if (value.filter((v) => isExportFormat(v)).length >= 2) out.push({ at, list: value });
    value.forEach((v, i) => formatListsIn(v, `${at}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) formatListsIn(v, `${at}.${k}`, out);
  }
}

describe('export formats table', () => {
  it('has unique ids and extensions, and every format serves at least one document', () => {
    assert.equal(new Set(EXPORT_FORMAT_IDS).size, EXPORT_FORMATS.length);
    assert.equal(new Set(EXPORT_FORMATS.map((f) => f.extension)).size, EXPORT_FORMATS.length);
    for (const f of EXPORT_FORMATS) {
      assert.ok(f.documents.length > 0, f.id);
      for (const doc of f.documents) assert.ok(DOCUMENT_KINDS.includes(doc), `${f.id}: ${doc}`);
      assert.ok(f.description.en && f.description['zh-CN'], `${f.id}: description in both languages`);
      assert.ok(f.name.en && f.name['zh-CN'], `${f.id}: name in both languages`);
    }
  });

  it('keeps the document facts the exports rely on', () => {
    // Tabular formats come from the registers; the demo script has none, a CSV holds one table only.
    assert.deepEqual(
      formatsFor('demo'),
      EXPORT_FORMAT_IDS.filter((f) => !exportFormat(f).tabular && f !== 'pptx'),
    );
    assert.equal(servesDocument('csv', 'proposal'), false);
    assert.equal(servesDocument('xlsx', 'proposal'), true);
    for (const doc of PROSE_DOCUMENTS) assert.ok(formatsFor(doc).includes(DEFAULT_EXPORT_FORMAT), doc);
    // The deck is slides: PowerPoint only, and what --doc deck exports to when no format is named.
    assert.deepEqual(formatsFor('deck'), ['pptx']);
    assert.equal(defaultFormatFor('deck'), 'pptx');
    assert.equal(defaultFormatFor('plan'), DEFAULT_EXPORT_FORMAT);
    assert.deepEqual(
      EXPORT_FORMAT_IDS.filter((f) => exportFormat(f).printed),
      ['pdf'],
    );
  });

  it('names every file with the format extension', () => {
    for (const f of EXPORT_FORMAT_IDS) {
      assert.equal(
        defaultOutputName('/x/smart-factory.presales.yaml', 'proposal', f),
        `smart-factory.proposal.${exportFormat(f).extension}`,
      );
    }
  });

  it('lists the formats in words in both languages', () => {
    assert.equal(formatNames('en'), 'Word, PDF, HTML, Markdown, CSV, Excel or PowerPoint');
    assert.equal(formatNames('zh-CN'), 'Word、PDF、HTML、Markdown、CSV、Excel 或 PowerPoint');
  });

  it("matches package.json's presales.export.defaultFormat enum and default", () => {
    const setting = manifest.contributes.configuration.properties['presales.export.defaultFormat'];
    assert.ok(setting, 'presales.export.defaultFormat is declared');
    assert.deepEqual(setting.enum, [...EXPORT_FORMAT_IDS]);
    assert.equal(setting.default, DEFAULT_EXPORT_FORMAT);
  });

  it('is the whole of every other format list in package.json', () => {
    const lists: Array<{ at: string; list: unknown[] }> = [];
    formatListsIn(manifest, 'package.json', lists);
    assert.ok(lists.length > 0);
    for (const { at, list } of lists) assert.deepEqual(list, [...EXPORT_FORMAT_IDS], at);
  });

  it("declares exactly the table's one-click export commands in package.json", () => {
    const declared = manifest.contributes.commands.map((c) => c.command).filter((c) => /^presales\.export./.test(c));
    const inTable = EXPORT_FORMAT_IDS.flatMap((f) => exportFormat(f).command ?? []);
    assert.deepEqual([...declared].sort(), [...inTable].sort());
    for (const command of inTable) {
      const inMenus = Object.values(manifest.contributes.menus).some((items) =>
        items.some((m) => m.command === command),
      );
      assert.ok(inMenus, `${command} appears in a menu`);
    }
  });
});
