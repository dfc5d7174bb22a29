import { existsSync } from 'node:fs';
import path from 'node:path';
import { MAX_PICTURE_PIXELS, PICTURE_DPI } from '../core/export/figureParts';

/**
 * Where the built export renderer (dist/exportRenderer) is, without loading the browser driver: a
 * warm diagram cache answers an export with no browser and no playwright-core at all.
 */
export function findRendererDir(start: string = __dirname): string | undefined {
  const candidates = [
    path.join(start, 'exportRenderer'),
    path.join(start, '..', 'dist', 'exportRenderer'),
    path.join(start, '..', '..', '..', 'dist', 'exportRenderer'),
    path.join(start, '..', '..', 'dist', 'exportRenderer'),
  ];
  return candidates.find((d) => existsSync(path.join(d, 'exportRenderer.js')));
}

/**
 * How the headless browser takes the pictures (a canvas in the page at the resolution the printed
 * size needs, src/core/export/figureParts.ts): part of the cache key, so a change here redraws
 * instead of reusing pictures taken otherwise. The rule's numbers are in it, so changing them does too.
 */
export const PICTURE_SETTINGS = `viewport=1200x1000;canvas;dpi=${PICTURE_DPI};max-px=${MAX_PICTURE_PIXELS}`;
