import * as vscode from 'vscode';
import type { Language } from '../../core/model';
import { starterProposal } from '../../core/starter';
import { displayLanguage, t } from '../l10n';

/** Arguments a caller (a walkthrough button, a test) may pass to skip the questions. */
export interface NewProposalArgs {
  language?: Language;
  name?: string;
  /** Where to write; default: `<first workspace folder>/<name>.presales.yaml`, or a save dialog. */
  target?: vscode.Uri;
}

/** `presales.newProposal`: asks language and name, writes a starter proposal, opens it. Returns its uri (undefined: cancelled). */
export async function newProposal(args: NewProposalArgs = {}): Promise<vscode.Uri | undefined> {
  const language = args.language ?? (await askLanguage());
  if (!language) return undefined;
  const name =
    args.name ??
    (await vscode.window.showInputBox({
      title: t('New Proposal'),
      prompt: t('Name of the proposal (customer or project)'),
      placeHolder: language === 'zh-CN' ? '某某集团 数据平台' : 'Contoso data platform',
      validateInput: (v) => (v.trim() === '' ? t('Enter a name.') : undefined),
    }));
  if (name === undefined) return undefined;
  let target = args.target ?? (await defaultTarget(fileNameFor(name)));
  if (!target) return undefined;
  while (await exists(target)) {
    const replace = t('Replace');
    const other = t('Choose Another Name...');
    const answer = await vscode.window.showWarningMessage(
      t('{0} already exists. Replace it?', vscode.workspace.asRelativePath(target)),
      { modal: true },
      replace,
      other,
    );
    if (answer === replace) break;
    if (answer !== other) return undefined;
    target = await saveDialog(target);
    if (!target) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(starterProposal(language, name)));
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
  return target;
}

async function askLanguage(): Promise<Language | undefined> {
  const items: Array<vscode.QuickPickItem & { language: Language }> = [
    { label: 'English', description: t('Proposal written in English'), language: 'en' },
    { label: '简体中文', description: t('Proposal written in Simplified Chinese'), language: 'zh-CN' },
  ];
  if (displayLanguage() === 'zh-CN') items.reverse();
  const picked = await vscode.window.showQuickPick(items, {
    title: t('New Proposal'),
    placeHolder: t('Language of the proposal'),
  });
  return picked?.language;
}

/** A file name from the proposal name: letters (any script) and digits kept, the rest becomes '-'. */
export function fileNameFor(name: string): string {
  const slug = name
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'proposal'}.presales.yaml`;
}

async function defaultTarget(fileName: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return vscode.Uri.joinPath(folder.uri, fileName);
  return saveDialog(vscode.Uri.file(fileName));
}

function saveDialog(defaultUri: vscode.Uri): Thenable<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    defaultUri,
    title: t('Save the new proposal'),
    filters: { [t('Presales proposal')]: ['presales.yaml', 'yaml'] },
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (e: unknown) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return false;
    throw e;
  }
}
