/**
 * `presales.importRfp` (Presales: Import Requirements from RFP...): pick the customer's file, see
 * what was detected (sheet, header row, column roles, the first rows as the proposal will hold them,
 * how many items), change the sheet, header row or column roles, confirm prose candidates, then the
 * requirements go into the open proposal as ONE undoable edit (or into a new proposal). Reading and
 * merging run in dist/rfpWorker.js; the host only moves bytes and applies the edit.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { pick } from '../../core/messages/localize';
import type { Language } from '../../core/model';
import { columnName, rfpSourceFor } from '../../core/rfp/source';
import { RFP_ROLES, type RfpImport, type RfpReadOptions, type RfpRole } from '../../core/rfp/types';
import type { RfpDetected, RfpDiffSummary } from '../../protocol/rfpMessages';
import { displayLanguage, t } from '../l10n';
import { RfpWorkerClient } from './rfpWorkerClient';

/** Arguments a caller (a test, a script) may pass to skip the questions. */
export interface ImportRfpArgs {
  file?: vscode.Uri;
  /** The proposal to import into, or 'new' for a new proposal written to `newFile`. */
  target?: vscode.Uri | 'new';
  newFile?: vscode.Uri;
  sheet?: string;
  headerRow?: number;
  columns?: Partial<Record<RfpRole, string | number>>;
  /** Import the DOCX prose candidates without asking (true: all, false: none). */
  includeProse?: boolean;
  /** Import what was detected without showing the picker. */
  accept?: boolean;
  rfpVersion?: string;
}

export interface ImportRfpResult {
  target: vscode.Uri;
  added: number;
  reworded: number;
  removed: number;
  unchanged: number;
}

const ROLE_NAMES: Record<RfpRole, () => string> = {
  id: () => t('Customer id'),
  section: () => t('Section'),
  text: () => t('Requirement'),
  priority: () => t('Priority'),
  compliance: () => t('Compliance'),
  response: () => t('Response'),
  reference: () => t('Reference'),
};

type Action = 'accept' | 'sheet' | 'columns' | 'header' | 'none';
type ActionItem = vscode.QuickPickItem & { action: Action };

function isProposal(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return !!document && (document.languageId === 'presales-yaml' || /\.presales\.ya?ml$/i.test(document.uri.path));
}

function columnsSummary(d: RfpDetected): string {
  return RFP_ROLES.flatMap((role) => {
    const col = d.columns[role];
    return col === undefined ? [] : [`${ROLE_NAMES[role]()} ${columnName(d.kind, col)}`];
  }).join(' · ');
}

async function detect(
  client: RfpWorkerClient,
  file: vscode.Uri,
  bytes: Uint8Array,
  options: RfpReadOptions,
  lang: Language,
): Promise<RfpDetected | undefined> {
  const response = await client.send({ kind: 'detect', name: path.basename(file.fsPath), bytes, options });
  if (response.kind === 'detected') return response.result;
  if (response.kind === 'refused') {
    void vscode.window.showErrorMessage(pick(response.message, lang));
    return undefined;
  }
  throw new Error(response.kind === 'failed' ? response.error : `unexpected answer ${response.kind}`);
}

/** The picker: returns the accepted detection and options, or undefined when cancelled. */
async function review(
  client: RfpWorkerClient,
  file: vscode.Uri,
  bytes: Uint8Array,
  first: RfpDetected,
  options: { sheet?: string; headerRow?: number; columns?: Partial<Record<RfpRole, string | number>> },
  lang: Language,
): Promise<RfpDetected | undefined> {
  let detected = first;
  for (;;) {
    const where =
      detected.kind === 'xlsx'
        ? t('Sheet "{0}", header row {1}', detected.grid, detected.headerRow)
        : detected.kind === 'docx'
          ? t('{0}, header row {1}', detected.grid || t('Text'), detected.headerRow)
          : t('Header row {0}', detected.headerRow);
    const items: Array<ActionItem | vscode.QuickPickItem> = [
      {
        label: `$(check) ${t('Import {0} requirements', detected.itemCount)}`,
        description: where,
        detail: columnsSummary(detected),
        action: 'accept',
      },
    ];
    if (detected.grids.length > 1)
      items.push({ label: `$(table) ${t('Change Sheet or Table...')}`, description: detected.grid, action: 'sheet' });
    items.push({ label: `$(symbol-field) ${t('Change Column Roles...')}`, action: 'columns' });
    items.push({
      label: `$(list-ordered) ${t('Change Header Row...')}`,
      description: String(detected.headerRow),
      action: 'header',
    });
    for (const issue of detected.issues)
      items.push({ label: `$(warning) ${pick(issue.message, lang)}`, action: 'none' });
    items.push({ label: t('First rows as the proposal will hold them'), kind: vscode.QuickPickItemKind.Separator });
    detected.firstItems.forEach((it, i) => {
      items.push({
        label: `${detected.firstIds[i] ?? ''}  ${it.text.split('\n')[0] ?? ''}`,
        description: [it.priority, it.section].filter(Boolean).join(' · '),
        detail: it.text.length > 200 ? `${it.text.slice(0, 199)}…` : it.text,
        action: 'none',
      });
    });
    const picked = await vscode.window.showQuickPick(items, {
      title: t('Import Requirements from RFP: {0}', path.basename(file.fsPath)),
      placeHolder: t('Check what was detected, change it, or import'),
      matchOnDetail: true,
    });
    if (!picked || !('action' in picked)) return undefined;
    if (picked.action === 'accept') return detected;
    if (picked.action === 'none') continue;
    if (picked.action === 'sheet') {
      const sheet = await vscode.window.showQuickPick(detected.grids, { title: t('Sheet or table to read') });
      if (!sheet) continue;
      options.sheet = sheet;
      delete options.headerRow;
      delete options.columns;
    } else if (picked.action === 'header') {
      const value = await vscode.window.showInputBox({
        title: t('Header row'),
        value: String(detected.headerRow),
        validateInput: (v) => (/^[1-9]\d*$/.test(v.trim()) ? undefined : t('Enter a row number of 1 or more.')),
      });
      if (!value) continue;
      options.headerRow = Number(value.trim());
    } else {
      const role = await vscode.window.showQuickPick(
        RFP_ROLES.map((r) => {
          const col = detected.columns[r];
          return {
            label: ROLE_NAMES[r](),
            description:
              col === undefined ? t('(none)') : `${columnName(detected.kind, col)} ${detected.columnLabels[col] ?? ''}`,
            role: r,
          };
        }),
        { title: t('Which role to change?') },
      );
      if (!role) continue;
      const column = await vscode.window.showQuickPick(
        detected.columnLabels.map((label, col) => ({
          label: columnName(detected.kind, col),
          description: label || t('(no header)'),
          col,
        })),
        { title: t('Column for {0}', role.label) },
      );
      if (!column) continue;
      options.columns = {
        ...(options.columns ?? {}),
        [role.role]: detected.kind === 'docx' ? column.col + 1 : columnName(detected.kind, column.col),
      };
    }
    const again = await detect(client, file, bytes, options, lang);
    if (again) detected = again;
  }
}

async function chooseCandidates(
  detected: RfpDetected | RfpImport,
  include: boolean | undefined,
): Promise<number[] | undefined> {
  if (detected.candidates.length === 0) return [];
  if (include !== undefined) return include ? detected.candidates.map((_, i) => i) : [];
  const picked = await vscode.window.showQuickPick(
    detected.candidates.map((c, i) => ({ label: c.text, description: c.section ?? '', index: i })),
    { title: t('Requirements found in the text: pick the ones to import'), canPickMany: true },
  );
  return picked ? picked.map((p) => p.index) : undefined;
}

async function chooseTarget(
  args: ImportRfpArgs,
  file: vscode.Uri,
): Promise<{ uri: vscode.Uri; document?: vscode.TextDocument } | undefined> {
  if (args.target instanceof vscode.Uri)
    return { uri: args.target, document: await vscode.workspace.openTextDocument(args.target) };
  const active = vscode.window.activeTextEditor?.document;
  if (args.target !== 'new' && isProposal(active)) return { uri: active.uri, document: active };
  const stem = path.basename(file.fsPath).replace(/\.[^.]+$/, '');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(path.dirname(file.fsPath));
  const uri =
    args.newFile ??
    (await vscode.window.showSaveDialog({
      title: t('New proposal for the imported requirements'),
      defaultUri: vscode.Uri.joinPath(folder, `${stem}.presales.yaml`),
      filters: { [t('Presales proposal')]: ['presales.yaml'] },
    }));
  return uri ? { uri } : undefined;
}

function relativePath(from: vscode.Uri, to: vscode.Uri): string {
  return path.relative(path.dirname(from.fsPath), to.fsPath).split(path.sep).join('/');
}

function summary(target: vscode.Uri, diff: RfpDiffSummary): string {
  return t(
    '{0}: {1} requirement(s) added, {2} reworded, {3} no longer in the RFP, {4} unchanged.',
    vscode.workspace.asRelativePath(target),
    diff.added,
    diff.reworded.length,
    diff.removed.length,
    diff.unchanged,
  );
}

export async function importRfp(
  extensionUri: vscode.Uri,
  args: ImportRfpArgs = {},
): Promise<ImportRfpResult | undefined> {
  const lang = displayLanguage();
  const file =
    args.file ??
    (
      await vscode.window.showOpenDialog({
        title: t('Import Requirements from RFP'),
        canSelectMany: false,
        filters: { [t('RFP files')]: ['xlsx', 'csv', 'tsv', 'docx'], [t('All files')]: ['*'] },
      })
    )?.[0];
  if (!file) return undefined;
  const bytes = await vscode.workspace.fs.readFile(file);
  const client = new RfpWorkerClient(vscode.Uri.joinPath(extensionUri, 'dist', 'rfpWorker.js').fsPath);
  try {
    const options: { sheet?: string; headerRow?: number; columns?: Partial<Record<RfpRole, string | number>> } = {
      ...(args.sheet ? { sheet: args.sheet } : {}),
      ...(args.headerRow ? { headerRow: args.headerRow } : {}),
      ...(args.columns ? { columns: args.columns } : {}),
    };
    const first = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Reading {0}', path.basename(file.fsPath)) },
      () => detect(client, file, bytes, options, lang),
    );
    if (!first) return undefined;
    const detected = args.accept ? first : await review(client, file, bytes, first, options, lang);
    if (!detected) return undefined;
    const candidates = await chooseCandidates(detected, args.includeProse ?? (args.accept ? false : undefined));
    if (!candidates) return undefined;
    if (detected.itemCount + candidates.length === 0) {
      void vscode.window.showWarningMessage(t('No requirements were found in {0}.', path.basename(file.fsPath)));
      return undefined;
    }
    const target = await chooseTarget(args, file);
    if (!target) return undefined;
    const text = target.document?.getText() ?? '';
    const version = target.document?.version;
    const source = rfpSourceFor(
      { ...detected, items: [] },
      relativePath(target.uri, file),
      new Date().toISOString().slice(0, 10),
      args.rfpVersion,
    );
    const response = await client.send({
      kind: 'merge',
      text,
      candidates,
      source,
      title: path.basename(file.fsPath).replace(/\.[^.]+$/, ''),
    });
    if (response.kind !== 'merged')
      throw new Error(response.kind === 'failed' ? response.error : `unexpected answer ${response.kind}`);
    const edit = new vscode.WorkspaceEdit();
    if (target.document) {
      const doc = target.document;
      if (doc.version !== version) throw new Error(t('The proposal changed while importing; run the import again.'));
      for (const e of response.edits)
        edit.replace(
          doc.uri,
          new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)),
          e.newText,
        );
    } else {
      edit.createFile(target.uri, { overwrite: false });
      const whole = response.edits[0]?.newText ?? '';
      edit.insert(target.uri, new vscode.Position(0, 0), whole);
    }
    if (!(await vscode.workspace.applyEdit(edit)))
      throw new Error(t('The edit could not be applied to {0}.', vscode.workspace.asRelativePath(target.uri)));
    const document = await vscode.workspace.openTextDocument(target.uri);
    if (!target.document) await document.save();
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage(summary(target.uri, response.diff));
    return {
      target: target.uri,
      added: response.diff.added,
      reworded: response.diff.reworded.length,
      removed: response.diff.removed.length,
      unchanged: response.diff.unchanged,
    };
  } finally {
    client.dispose();
  }
}
