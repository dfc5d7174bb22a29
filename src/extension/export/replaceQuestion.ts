import { stat } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import { t } from '../l10n';

/** Whether a file may be written: it does not exist yet, or the user said to replace it. */
export async function mayWrite(file: string): Promise<boolean> {
  if (!(await exists(file))) return true;
  const replace = t('Replace');
  const answer = await vscode.window.showWarningMessage(
    t('{0} already exists. Replace it?', path.basename(file)),
    { modal: true },
    replace,
  );
  return answer === replace;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    (e: unknown) => {
      if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return false;
      throw e;
    },
  );
}
