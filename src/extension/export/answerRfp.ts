import path from 'node:path';
import * as vscode from 'vscode';
import { pick } from '../../core/messages/localize';
import { displayLanguage, t } from '../l10n';
import { loadExportHost } from './exportHostBundle';
import { mayWrite } from './replaceQuestion';

/** Arguments a test (or a keybinding) may pass instead of the pickers. */
export interface AnswerRfpOptions {
  /** The customer's file. */
  rfp?: string;
  /** The answered copy. */
  out?: string;
  /** Skip the "replace?" question. */
  overwrite?: boolean;
}

/**
 * `Presales: Write Answers into the Customer's RFP...` (`presales.answerRfp`): the open proposal's
 * answers into a copy of the customer's workbook or Word table, as `presales answer` does. Returns
 * the written path, or undefined when the user cancelled or it failed (the message says why).
 */
export function registerAnswerRfp(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Presales Answers', { log: true });
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand('presales.answerRfp', (uri?: unknown, options?: unknown) =>
      answerRfp(log, uri instanceof vscode.Uri ? uri : undefined, asOptions(options)),
    ),
  );
}

function asOptions(value: unknown): AnswerRfpOptions {
  if (typeof value !== 'object' || value === null) return {};
  const o = value as Record<string, unknown>;
  return {
    ...(typeof o['rfp'] === 'string' ? { rfp: o['rfp'] } : {}),
    ...(typeof o['out'] === 'string' ? { out: o['out'] } : {}),
    ...(o['overwrite'] === true ? { overwrite: true } : {}),
  };
}

async function answerRfp(
  log: vscode.LogOutputChannel,
  uri: vscode.Uri | undefined,
  options: AnswerRfpOptions,
): Promise<string | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || target.scheme !== 'file' || !/\.presales\.ya?ml$/i.test(target.fsPath)) {
    void vscode.window.showWarningMessage(t('Open a *.presales.yaml file to write its answers.'));
    return undefined;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  let rfp = options.rfp;
  if (!rfp) {
    const picked = await vscode.window.showOpenDialog({
      title: t("Choose the customer's RFP file to answer"),
      defaultUri: vscode.Uri.file(path.dirname(target.fsPath)),
      canSelectMany: false,
      filters: { [t('RFP workbook or Word document')]: ['xlsx', 'docx'] },
    });
    rfp = picked?.[0]?.fsPath;
    if (!rfp) return undefined;
  }
  const host = loadExportHost();
  if (!host) return undefined;
  const out = options.out ?? host.defaultAnsweredName(rfp);
  if (!options.overwrite && !(await mayWrite(out))) return undefined;
  const lang = displayLanguage();
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Writing answers into {0}', path.basename(out)) },
      () =>
        host.answerRfp({
          proposalPath: target.fsPath,
          ...(open ? { text: open.getText() } : {}),
          rfpPath: rfp,
          outPath: out,
          lang,
        }),
    );
    for (const note of result.notes) log.warn(pick(note, lang));
    log.info(`${result.path}: ${result.cells} cells, ${result.requirements} requirements, ${Math.round(result.ms)} ms`);
    const reveal = t('Reveal in File Explorer');
    void vscode.window
      .showInformationMessage(
        t(
          'Wrote {0}: {1} answer cells for {2} requirements.',
          path.basename(result.path),
          result.cells,
          result.requirements,
        ) + (result.notes.length ? ` ${t('{0} note(s) in the Presales Answers output.', result.notes.length)}` : ''),
        reveal,
      )
      .then((choice) => {
        if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(result.path));
      });
    return result.path;
  } catch (e: unknown) {
    if (e instanceof host.AnswerError) {
      for (const line of e.details) log.error(line);
      void vscode.window.showErrorMessage(pick(e.localized, lang));
      return undefined;
    }
    throw e;
  }
}
