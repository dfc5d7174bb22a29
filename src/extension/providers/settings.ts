import * as vscode from 'vscode';
import type { Language } from '../../core/model';
import { displayLanguage } from '../l10n';

export const PRESALES_SELECTOR: vscode.DocumentSelector = { language: 'presales-yaml' };

/** The UI language of hovers, completion details, code lenses and fix titles. */
export function uiLanguage(): Language {
  return displayLanguage();
}

export function highRiskThreshold(scope?: vscode.Uri): number {
  return vscode.workspace.getConfiguration('presales', scope).get<number>('validation.highRiskThreshold', 15);
}
