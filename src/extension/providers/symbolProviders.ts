import * as vscode from 'vscode';
import type { SymbolCategory } from '../../core/language/symbols';
import type { WireSymbol, WorkspaceFile } from '../../protocol/languageMessages';
import { toRange } from './convert';
import type { FailureLog, LanguageClient } from './languageClient';

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

/** Outline and breadcrumbs: sections, then entities by id with their names (asked after every edit). */
export class ProposalDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideDocumentSymbols(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentSymbol[] | undefined> {
    const convert = (s: WireSymbol): vscode.DocumentSymbol => {
      // The worker keeps every selection range inside its range (VS Code rejects one outside).
      const symbol = new vscode.DocumentSymbol(
        s.name,
        s.detail,
        symbolKind(s.category),
        toRange(s.range),
        toRange(s.selectionRange),
      );
      symbol.children = s.children.map(convert);
      return symbol;
    };
    return (await this.client.ask('documentSymbols', document, {}, token))?.map(convert);
  }
}

const PROPOSAL_GLOB = '**/*.presales.{yaml,yml}';
const MAX_FILES = 500;

/**
 * Every entity id in every proposal of the workspace. Open documents are sent with their unsaved
 * text; closed files on disk are named by path and read by the worker itself (it keeps their
 * analyses while mtime and size stay the same), so the host reads, decodes and copies nothing for
 * them; only closed files outside the local disk (virtual file systems, which the worker cannot
 * reach) are read here with vscode.workspace.fs.
 */
export class ProposalWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(
    private readonly client: LanguageClient,
    private readonly log: FailureLog,
  ) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const uris = await vscode.workspace.findFiles(PROPOSAL_GLOB, '**/node_modules/**', MAX_FILES, token);
    const open = new Map(vscode.workspace.textDocuments.filter((d) => !d.isClosed).map((d) => [d.uri.toString(), d]));
    const files: WorkspaceFile[] = [];
    for (const uri of uris) {
      if (token.isCancellationRequested) return [];
      const key = uri.toString();
      const doc = open.get(key);
      if (doc) files.push({ kind: 'open', uri: key, version: doc.version, text: doc.getText() });
      else if (uri.scheme === 'file') files.push({ kind: 'disk', uri: key, path: uri.fsPath });
      else
        files.push({
          kind: 'read',
          uri: key,
          text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)),
        });
    }
    const answer = await this.client.workspaceSymbols(files, query, token);
    if (!answer) return [];
    for (const u of answer.unreadable)
      this.log.error(`workspace symbols: could not read ${uris[u.file]?.toString() ?? '?'}: ${u.error}`);
    const out: vscode.SymbolInformation[] = [];
    for (const s of answer.symbols) {
      const uri = uris[s.file];
      if (uri)
        out.push(
          new vscode.SymbolInformation(
            s.name,
            symbolKind(s.category),
            s.containerName,
            new vscode.Location(uri, toRange(s.range)),
          ),
        );
    }
    return out;
  }
}
