import * as vscode from 'vscode';
import type { EditorDocument } from '../../core/language/editorDocument';
import type { Span } from '../../core/locate';
import { offsetsToRange } from '../../core/parse';
import { documentSymbols, entitySymbols, type ProposalSymbol, type SymbolCategory } from '../../core/language/symbols';
import { toRange } from './convert';
import type { EditorDocuments } from './editorDocuments';
import { uiLanguage } from './settings';

const KIND: Partial<Record<SymbolCategory, vscode.SymbolKind>> = {
  section: vscode.SymbolKind.Namespace,
  list: vscode.SymbolKind.Array,
  connection: vscode.SymbolKind.Event,
  requirement: vscode.SymbolKind.Interface,
  goal: vscode.SymbolKind.Boolean,
  zone: vscode.SymbolKind.Package,
  component: vscode.SymbolKind.Class,
  technology: vscode.SymbolKind.Constant,
  phase: vscode.SymbolKind.Module,
  task: vscode.SymbolKind.Function,
  member: vscode.SymbolKind.Object,
  risk: vscode.SymbolKind.Struct,
  scenario: vscode.SymbolKind.Method,
};

function symbolKind(category: SymbolCategory): vscode.SymbolKind {
  return KIND[category] ?? vscode.SymbolKind.Field;
}

/** Outline and breadcrumbs: sections, then entities by id with their names. */
export class ProposalDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly documents: EditorDocuments) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const convert = (s: ProposalSymbol): vscode.DocumentSymbol => {
      const range = toRange(document, s.span);
      const selection = toRange(document, s.selectionSpan);
      // VS Code rejects a selection range outside the range; never let one through.
      const symbol = new vscode.DocumentSymbol(s.name || '?', s.detail, symbolKind(s.category), range, range.contains(selection) ? selection : range);
      symbol.children = s.children.map(convert);
      return symbol;
    };
    return documentSymbols(this.documents.get(document).parsed.document, uiLanguage()).map(convert);
  }
}

const PROPOSAL_GLOB = '**/*.presales.{yaml,yml}';
const MAX_FILES = 500;

/** Every entity id in every proposal of the workspace (open documents use their unsaved text). */
export class ProposalWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  /** Closed files have their own cache, so a big workspace does not evict the open documents. */
  constructor(private readonly documents: EditorDocuments, private readonly files: EditorDocuments) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const uris = await vscode.workspace.findFiles(PROPOSAL_GLOB, '**/node_modules/**', MAX_FILES, token);
    const needle = query.toLowerCase();
    const out: vscode.SymbolInformation[] = [];
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      for (const s of await this.symbolsOf(uri, open)) {
        if (needle && !fuzzyContains(s.name.toLowerCase(), needle)) continue;
        out.push(new vscode.SymbolInformation(s.name, symbolKind(s.category), s.containerName, new vscode.Location(uri, s.range)));
      }
    }
    return out;
  }

  private async symbolsOf(uri: vscode.Uri, open: vscode.TextDocument | undefined): Promise<Array<{ name: string; containerName: string; category: SymbolCategory; range: vscode.Range }>> {
    let analysed: EditorDocument;
    if (open) {
      analysed = this.documents.get(open);
    } else {
      const stat = await vscode.workspace.fs.stat(uri);
      const key = `${uri.toString()}@${stat.mtime}@${stat.size}`;
      const cached = this.files.peek(key);
      if (cached) {
        analysed = cached;
      } else {
        const bytes = await vscode.workspace.fs.readFile(uri);
        analysed = this.files.getText(key, () => new TextDecoder('utf-8').decode(bytes));
      }
    }
    const toRangeOf = (span: Span): vscode.Range => {
      const r = offsetsToRange(analysed.parsed.lineCounter, span.offset, span.offset + span.length);
      return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    };
    return entitySymbols(analysed.index, uiLanguage()).map((s) => ({ name: s.name, containerName: s.containerName, category: s.category, range: toRangeOf(s.span) }));
  }
}

/** Characters of `needle` appear in order in `haystack` (VS Code's own symbol search is this lenient). */
function fuzzyContains(haystack: string, needle: string): boolean {
  let i = 0;
  for (const c of haystack) if (c === needle[i]) i++;
  return i >= needle.length;
}
