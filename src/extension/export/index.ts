import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import { DOCUMENT_KINDS, type DocumentKind } from '../../core/export/documentModel';
import {
  DEFAULT_EXPORT_FORMAT,
  EXPORT_FORMAT_IDS,
  exportFormat,
  formatsFor,
  isExportFormat,
  servesDocument,
  type ExportFormat,
} from '../../core/export/formats';
import { pick } from '../../core/messages/localize';
import type { ExportError } from '../../node/exportJob';
import type { DeckRequest } from '../../node/deck/deckExport';
import { displayLanguage, t } from '../l10n';
import { loadExportHost } from './exportHostBundle';
import { mayWrite } from './replaceQuestion';
import { previewDiagramRenderer } from './previewRenderer';
import { highRiskThreshold } from '../providers/settings';

/**
 * The export commands: `presales.export` (pick the document, then the format) and one command per
 * common format for the proposal. Each runs the same job as `presales export` with a cancellable
 * progress notification, never overwrites without asking, and returns the written path (tests use
 * it) or undefined when the user cancelled.
 */
export interface ExportCommandOptions {
  doc?: DocumentKind;
  format?: ExportFormat;
  /** Skip the "replace?" question (tests); the user is always asked otherwise. */
  overwrite?: boolean;
}

export function registerExport(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Presales Export', { log: true });
  context.subscriptions.push(log);
  const places: ExportPlaces = {
    log,
    previewBundle: vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', 'preview.js').fsPath,
    // The diagrams the preview drew for exports, bounded as the CLI's; only in a local folder (a web
    // host's storage is not a file system node:fs can write).
    diagramCacheDir:
      context.globalStorageUri.scheme === 'file'
        ? vscode.Uri.joinPath(context.globalStorageUri, 'export-diagrams').fsPath
        : undefined,
  };
  // The one-click commands of the formats table (package.json declares the same ids; a unit test checks).
  const direct = EXPORT_FORMAT_IDS.flatMap((format): Array<[string, ExportFormat]> => {
    const command = exportFormat(format).command;
    return command ? [[command, format]] : [];
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('presales.export', (uri?: unknown, options?: unknown) =>
      runExport(places, asUri(uri), asOptions(options)),
    ),
    ...direct.map(([id, format]) =>
      vscode.commands.registerCommand(id, (uri?: unknown, options?: unknown) =>
        runExport(places, asUri(uri), { doc: commandDocument(format), ...asOptions(options), format }),
      ),
    ),
  );
}

/** What every export command shares: its log, the preview bundle that draws, the diagram cache. */
interface ExportPlaces {
  log: vscode.LogOutputChannel;
  previewBundle: string;
  diagramCacheDir: string | undefined;
}

async function runExport(
  places: ExportPlaces,
  uri: vscode.Uri | undefined,
  options: ExportCommandOptions,
): Promise<string | undefined> {
  const { log } = places;
  const source = sourceOf(uri);
  if (!source) {
    void vscode.window.showWarningMessage(t('Open a *.presales.yaml file to export it.'));
    return undefined;
  }
  const doc = options.doc ?? (await pickDocument());
  if (!doc) return undefined;
  const format = options.format ?? (await pickFormat(doc));
  if (!format) return undefined;
  if (!servesDocument(format, doc)) {
    void vscode.window.showErrorMessage(t('The {0} has no {1} form.', documentName(doc), format.toUpperCase()));
    return undefined;
  }
  if (exportFormat(format).printed && !vscode.workspace.isTrusted) {
    // Printing starts a browser process, which Restricted Mode does not allow; every other format works.
    void explainRestricted(source.uri, doc);
    return undefined;
  }
  const host = loadExportHost();
  if (!host) return undefined;
  const { resolveOutputPath } = host;

  const config = vscode.workspace.getConfiguration('presales.export', source.uri);
  const folderSetting = config.get<string>('folder', '').trim();
  const sourceDir = path.dirname(source.uri.fsPath);
  const outDir = folderSetting ? path.resolve(sourceDir, folderSetting) : sourceDir;
  await mkdir(outDir, { recursive: true });
  const out = await resolveOutputPath({ sourcePath: source.uri.fsPath, out: outDir, format, doc });
  if (!options.overwrite && !(await mayWrite(out))) return undefined;

  const lang = displayLanguage();
  const browserPath = config.get<string>('browserPath', '').trim();
  // Relative to the workspace folder holding the proposal; the proposal's own proposal.template wins.
  // The deck takes the template's theme (colours, fonts, logo), so the setting serves it too.
  const templateSetting = format === 'docx' || format === 'pptx' ? config.get<string>('template', '').trim() : '';
  const workspaceDir = vscode.workspace.getWorkspaceFolder(source.uri)?.uri.fsPath ?? sourceDir;
  const template = templateSetting ? path.resolve(workspaceDir, templateSetting) : undefined;
  try {
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: t('Exporting {0} as {1}', path.basename(source.uri.fsPath), format.toUpperCase()),
        cancellable: true,
      },
      async (_progress, token) => {
        const abort = new AbortController();
        const sub = token.onCancellationRequested(() => abort.abort());
        try {
          return await host.exportProposal({
            sourcePath: source.uri.fsPath,
            displayPath: vscode.workspace.asRelativePath(source.uri),
            ...(source.text !== undefined ? { text: source.text } : {}),
            format,
            doc,
            out,
            ...(browserPath ? { browserPath, browserPathFrom: 'setting' as const } : {}),
            ...(template ? { template, templateFrom: 'setting' as const } : {}),
            // The preview's webview draws every diagram the cache lacks (PNG too, for Word); the
            // browser only prints the PDF.
            renderer: previewDiagramRenderer(source.uri, format === 'docx' || format === 'pptx', places.previewBundle),
            ...(places.diagramCacheDir !== undefined ? { diagramCacheDir: places.diagramCacheDir } : {}),
            onCacheProblem: (message) => log.warn(`export diagram cache: ${message}`),
            ...(format === 'pptx' ? { deck: deckSettings(config, workspaceDir) } : {}),
            headlessFallback: false,
            lang,
            highRiskThreshold: highRiskThreshold(source.uri),
            signal: abort.signal,
          });
        } finally {
          sub.dispose();
        }
      },
    );
    log.info(
      `export: ${result.path} (${result.bytes} bytes, ${result.diagrams} diagrams, ${result.diagramsFromCache} from the cache) in ${Math.round(Object.values(result.timings).reduce((a, b) => a + b, 0))} ms`,
    );
    for (const note of result.notes ?? []) log.info(`export: ${lang === 'zh-CN' ? note['zh-CN'] : note.en}`);
    void announce(result.path, format);
    return result.path;
  } catch (e: unknown) {
    if (!(e instanceof host.ExportError)) throw e;
    if (e.failure !== 'cancelled') void explain(e, source.uri, doc);
    return undefined;
  }
}

/** presales.export.deck.*: the deck's look (the logo relative to the workspace folder) and its picture slide. */
function deckSettings(config: vscode.WorkspaceConfiguration, workspaceDir: string): DeckRequest {
  const text = (key: string): string => config.get<string>(key, '').trim();
  return {
    ...(text('deck.accentColor') ? { accentColor: text('deck.accentColor') } : {}),
    ...(text('deck.font') ? { font: text('deck.font') } : {}),
    ...(text('deck.eastAsianFont') ? { eaFont: text('deck.eastAsianFont') } : {}),
    ...(text('deck.logo') ? { logoPath: text('deck.logo'), baseDir: workspaceDir } : {}),
    ...(config.get<boolean>('deck.diagramPictures', false) ? { diagramPictures: true } : {}),
  };
}

/** A one-click command exports the proposal, or the one document its format serves (the deck for PPTX). */
function commandDocument(format: ExportFormat): DocumentKind {
  return servesDocument(format, 'proposal') ? 'proposal' : (exportFormat(format).documents[0] ?? 'proposal');
}

/** Menus pass (uri) from the editor title and (uri, selectedUris[]) from the explorer; tests pass options. */
function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}

function asOptions(value: unknown): ExportCommandOptions {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const o = value as Record<string, unknown>;
  const doc = DOCUMENT_KINDS.find((k) => k === o.doc);
  const format = isExportFormat(o.format) ? o.format : undefined;
  return {
    ...(doc ? { doc } : {}),
    ...(format ? { format } : {}),
    ...(o.overwrite === true ? { overwrite: true } : {}),
  };
}

interface Source {
  uri: vscode.Uri;
  text: string | undefined;
}

/** The explorer's file, else the active proposal editor; an open document's unsaved text is exported. */
function sourceOf(uri: vscode.Uri | undefined): Source | undefined {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || target.scheme !== 'file' || !/\.presales\.ya?ml$/i.test(target.fsPath)) return undefined;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  return { uri: target, text: open?.getText() };
}

function documentName(doc: DocumentKind): string {
  switch (doc) {
    case 'proposal':
      return t('Solution proposal');
    case 'requirements':
      return t('Requirements specification');
    case 'plan':
      return t('Project plan');
    case 'risks':
      return t('Risk register');
    case 'demo':
      return t('Demo script');
    case 'compliance':
      return t('Compliance matrix');
    case 'deck':
      return t('Pitch deck');
  }
}

async function pickDocument(): Promise<DocumentKind | undefined> {
  const items = DOCUMENT_KINDS.map((doc) => ({ label: documentName(doc), doc }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: t('Export: which document?'),
    placeHolder: t('Choose the document to export'),
  });
  return chosen?.doc;
}

async function pickFormat(doc: DocumentKind): Promise<ExportFormat | undefined> {
  const setting = vscode.workspace
    .getConfiguration('presales.export')
    .get<unknown>('defaultFormat', DEFAULT_EXPORT_FORMAT);
  const preferred = isExportFormat(setting) ? setting : DEFAULT_EXPORT_FORMAT;
  const possible = formatsFor(doc);
  const ordered = [...possible.filter((f) => f === preferred), ...possible.filter((f) => f !== preferred)];
  const lang = displayLanguage();
  const chosen = await vscode.window.showQuickPick(
    ordered.map((f) => ({ label: f.toUpperCase(), description: pick(exportFormat(f).description, lang), format: f })),
    { title: t('Export {0} as...', documentName(doc)), placeHolder: t('Choose the format') },
  );
  return chosen?.format;
}

async function announce(file: string, format: ExportFormat): Promise<void> {
  const open = t('Open');
  const reveal = t('Reveal in Folder');
  const answer = await vscode.window.showInformationMessage(t('Exported {0}', path.basename(file)), open, reveal);
  const uri = vscode.Uri.file(file);
  if (answer === open) {
    // Text formats open in the editor; documents in their own application.
    if (exportFormat(format).opensAsText) await vscode.commands.executeCommand('vscode.open', uri);
    else await vscode.env.openExternal(uri);
  } else if (answer === reveal) {
    await vscode.commands.executeCommand('revealFileInOS', uri);
  }
}

async function explainRestricted(source: vscode.Uri, doc: DocumentKind): Promise<void> {
  const html = t('Export HTML Instead');
  const manage = t('Manage Workspace Trust');
  const answer = await vscode.window.showWarningMessage(
    t(
      'PDF export starts a browser to print, which Restricted Mode does not allow. Trust this workspace, or export HTML and print it from your browser.',
    ),
    html,
    manage,
  );
  if (answer === html) await vscode.commands.executeCommand('presales.export', source, { doc, format: 'html' });
  if (answer === manage) await vscode.commands.executeCommand('workbench.trust.manage');
}

async function explain(e: ExportError, source: vscode.Uri, doc: DocumentKind): Promise<void> {
  const lang = displayLanguage();
  const detail = e.details.slice(0, 5).join('\n');
  const message = pick(e.localized, lang) + (detail ? `\n${detail}` : '');
  if (e.failure === 'document') {
    const problems = t('Show Problems');
    if ((await vscode.window.showErrorMessage(message, problems)) === problems)
      await vscode.commands.executeCommand('workbench.actions.view.problems');
  } else if (e.failure === 'diagrams') {
    // The preview draws the diagrams inside VS Code: opening it (and retrying) is the way out.
    const preview = t('Open Preview to the Side');
    if ((await vscode.window.showErrorMessage(message, preview)) === preview)
      await vscode.commands.executeCommand('presales.openPreviewToSide', source);
  } else if (e.failure === 'browser') {
    const html = t('Export HTML Instead');
    const settings = t('Open Settings');
    const answer = await vscode.window.showErrorMessage(message, html, settings);
    if (answer === html) await vscode.commands.executeCommand('presales.export', source, { doc, format: 'html' });
    if (answer === settings)
      await vscode.commands.executeCommand('workbench.action.openSettings', 'presales.export.browserPath');
  } else {
    void vscode.window.showErrorMessage(message);
  }
}
