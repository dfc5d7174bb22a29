import * as vscode from 'vscode';
import { label } from '../../core/render/labels';
import { displayLanguage } from '../l10n';

/** "Copy SVG": through VS Code's clipboard (the webview's own clipboard access is restricted). */
export async function copySvg(svg: string): Promise<void> {
  await vscode.env.clipboard.writeText(svg);
  void vscode.window.setStatusBarMessage(label('copied', displayLanguage()), 3000);
}

export async function saveSvg(source: vscode.Uri, diagram: string, svg: string): Promise<void> {
  await saveBytes(source, diagram, 'svg', new TextEncoder().encode(svg));
}

export async function savePng(source: vscode.Uri, diagram: string, dataUrl: string): Promise<void> {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match?.[1]) throw new Error('the preview sent an invalid PNG');
  await saveBytes(source, diagram, 'png', Buffer.from(match[1], 'base64'));
}

async function saveBytes(source: vscode.Uri, diagram: string, ext: 'svg' | 'png', bytes: Uint8Array): Promise<void> {
  const base = (source.path.split('/').pop() ?? 'proposal').replace(/\.presales\.ya?ml$/i, '');
  const safeDiagram = diagram.replace(/[^A-Za-z0-9_-]/g, '') || 'diagram';
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(source, '..', `${base}-${safeDiagram}.${ext}`),
    filters: { [ext.toUpperCase()]: [ext] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.setStatusBarMessage(
    label('saved', displayLanguage()).replace('{0}', target.path.split('/').pop() ?? ''),
    3000,
  );
}
