// Runtime strings of the extension host go through vscode.l10n; their translations live in
// l10n/bundle.l10n.zh-cn.json (English is the key). Everyone adds keys there additively.
import * as vscode from 'vscode';
import type { Language } from '../core/model';

/** Localise a runtime string; `{0}`-style placeholders take `args`. */
export function t(message: string, ...args: Array<string | number | boolean>): string {
  return vscode.l10n.t(message, ...args);
}

/** The product language that matches VS Code's display language (Chinese variants -> zh-CN). */
export function displayLanguage(): Language {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
