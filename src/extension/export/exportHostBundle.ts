import path from 'node:path';
import * as vscode from 'vscode';
import { t } from '../l10n';

export type ExportHost = typeof import('./exportHost');

/**
 * dist/exportHost.js (docx, exceljs, the checker, the PDF printer, the answer write-back), required
 * the first time an export or a write-back runs and not at activation. The path is computed so
 * esbuild leaves the require alone; the same line works from compiled tests
 * (out/src/extension/export/exportHost.js). Undefined, with the reason shown, when it cannot load:
 * only a damaged installation (or a build in progress) gets there.
 */
export function loadExportHost(): ExportHost | undefined {
  try {
    return require(path.join(__dirname, 'exportHost.js')) as ExportHost;
  } catch (e: unknown) {
    void vscode.window.showErrorMessage(
      t(
        'The export component could not be loaded ({0}). Reinstall the extension.',
        e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e),
      ),
    );
    return undefined;
  }
}
