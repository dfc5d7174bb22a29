import { mkdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { localized, type Localized } from '../core/messages/localize';

/**
 * Where an export is written, from the `-o`/`--out` value (or the editor's folder setting):
 *
 *  - nothing: beside the source file, under the default name;
 *  - a value ending in a separator (`out/`, `out\` on Windows): INTO that folder, under the default
 *    name. The folder and any missing parents are created when the file is written;
 *  - an existing folder (with or without the separator): into it, under the default name;
 *  - anything else: that file. Its folder must exist: a missing folder in a file path is more often a
 *    typo than a wish, so it is refused with a message that says how to ask for it explicitly.
 *
 * A path that runs through an existing FILE (`notes.txt/x.docx`, or `report.docx/` when
 * report.docx is a file) is refused too. Never is a file written under a folder's name.
 */
export class OutputPathError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'OutputPathError';
  }
}

export const outputPathMessages = {
  notAFolder: (given: string, file: string): Localized =>
    localized(
      `${given} ends with a separator, so it names a folder, but ${file} is a file`,
      `${given} 以路径分隔符结尾，表示文件夹，但 ${file} 是一个文件`,
    ),
  missingFolder: (file: string, folder: string): Localized =>
    localized(
      `cannot write ${file}: the folder ${folder} does not exist. Create it first, or end the output path with "/" to export into a new folder`,
      `无法写入 ${file}：文件夹 ${folder} 不存在。请先创建它，或让输出路径以“/”结尾，以导出到新建的文件夹`,
    ),
};

/** Both separators count on Windows; only `/` elsewhere (a backslash is an ordinary character there). */
export function endsWithSeparator(value: string): boolean {
  return value.endsWith('/') || (path.sep === '\\' && value.endsWith('\\'));
}

/**
 * `-o` resolved against the working folder, keeping a trailing separator: `path.resolve` drops it,
 * and with it the difference between "the file newdir" and "the folder newdir".
 */
export function resolveOutArgument(cwd: string, value: string): string {
  const resolved = path.resolve(cwd, value);
  return endsWithSeparator(value) && !endsWithSeparator(resolved) ? resolved + path.sep : resolved;
}

/** The file to write. `defaultName` is the file name used when `out` is a folder or absent. */
export async function resolveOutputFile(
  sourcePath: string,
  out: string | undefined,
  defaultName: string,
): Promise<string> {
  if (!out) return path.join(path.dirname(path.resolve(sourcePath)), defaultName);
  const target = path.resolve(out);
  const found = await statOrMissing(target);
  if (endsWithSeparator(out)) {
    if (found && !found.isDirectory()) throw new OutputPathError(outputPathMessages.notAFolder(out, target));
    return path.join(target, defaultName);
  }
  if (found?.isDirectory()) return path.join(target, defaultName);
  const folder = path.dirname(target);
  const parent = await statOrMissing(folder);
  if (!parent) throw new OutputPathError(outputPathMessages.missingFolder(target, folder));
  // A parent that is a file ends in ENOTDIR at write time, which names the cause already.
  return target;
}

/** Creates the folder of `file` (and its parents) if it is missing: the `out/` case. */
export async function ensureOutputFolder(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
}

async function statOrMissing(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (e: unknown) {
    if (e instanceof Error && 'code' in e && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
    throw e;
  }
}
