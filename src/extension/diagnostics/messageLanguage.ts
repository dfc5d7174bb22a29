import * as vscode from 'vscode';
import type { MessageLanguage } from '../../protocol/checkMessages';
import { displayLanguage } from '../l10n';

/** `presales.diagnostics.language`: auto (display language), proposal (the file's own), en, zh-CN. */
export function configuredMessageLanguage(scope?: vscode.Uri): MessageLanguage {
  const setting = vscode.workspace.getConfiguration('presales', scope).get<string>('diagnostics.language', 'auto');
  switch (setting) {
    case 'en':
    case 'zh-CN':
    case 'proposal':
      return setting;
    default:
      return displayLanguage();
  }
}
