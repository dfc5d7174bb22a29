import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The chunks the preview shell preloads (`dist/webview/preload.json`, written by scripts/build.mjs),
 * as paths relative to the webview bundle's folder. A build without the list preloads nothing: the
 * page still imports everything it needs, only later.
 */
export function previewPreloadList(webviewDir: string): string[] {
  let text: string;
  try {
    text = readFileSync(path.join(webviewDir, 'preload.json'), 'utf8');
  } catch (e: unknown) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list) || !list.every((f): f is string => typeof f === 'string' && /^[\w./-]+\.js$/.test(f)))
    throw new Error(`${path.join(webviewDir, 'preload.json')} is not a list of chunk paths`);
  return list;
}
