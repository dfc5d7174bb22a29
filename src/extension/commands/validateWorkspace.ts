import * as vscode from 'vscode';
import { countBySeverity, type DiagnosticsFeature } from '../diagnostics/diagnosticsFeature';
import { t } from '../l10n';

export interface WorkspaceCheckSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  failed: number;
}

/** `presales.validateWorkspace`: checks every proposal file with progress, summarises, shows Problems. */
export async function validateWorkspace(diagnostics: DiagnosticsFeature): Promise<WorkspaceCheckSummary> {
  const outcomes = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Checking proposals'), cancellable: true },
    (progress, token) =>
      diagnostics.checkAll((done, total) => {
        progress.report({ message: t('{0} of {1} files', done, total), increment: total ? 100 / total : 100 });
      }, token),
  );
  const summary = countBySeverity(outcomes);
  const text =
    summary.files === 0
      ? t('No *.presales.yaml files in this workspace.')
      : t(
          'Checked {0} proposal file(s): {1} error(s), {2} warning(s), {3} note(s).',
          summary.files,
          summary.errors,
          summary.warnings,
          summary.infos,
        );
  // The message is not awaited: the command returns while it is still on screen.
  if (summary.failed > 0)
    void vscode.window.showErrorMessage(
      `${text} ${t('{0} file(s) could not be checked; see the Presales output.', summary.failed)}`,
    );
  else void vscode.window.showInformationMessage(text);
  if (summary.files > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return summary;
}
