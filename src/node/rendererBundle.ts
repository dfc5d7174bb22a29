import { existsSync } from 'node:fs';
import path from 'node:path';

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
 * How the headless browser takes the pictures (device pixel ratio, when a wide diagram is shot at
 * 1x): part of the cache key, so a change here redraws instead of reusing pictures taken otherwise.
 */
export const PICTURE_SETTINGS = 'viewport=1200x1000;dpr=2;css-scale-from=1000';
