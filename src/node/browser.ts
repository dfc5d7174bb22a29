import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds a Chromium-family browser already on the machine (Chrome, Edge, Chromium) to print PDFs
 * and draw diagrams: nothing is downloaded. Order: an explicit path (setting or `--browser`), then
 * `PRESALES_BROWSER`, then well-known names on PATH and install locations per platform.
 */
export interface BrowserChoice {
  path: string;
  /** Where it came from, for messages: `option`, `env`, `path` or `known location`. */
  source: 'option' | 'env' | 'path' | 'known';
}

export class BrowserPathError extends Error {
  constructor(
    readonly browserPath: string,
    readonly source: 'option' | 'env',
  ) {
    super(`${browserPath} is not an executable file`);
  }
}

const PATH_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
  'chrome',
  'msedge',
];

function knownLocations(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', path.join(env.HOME ?? '', 'Applications')];
    return apps.flatMap((dir) => [
      `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
      `${dir}/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`,
      `${dir}/Chromium.app/Contents/MacOS/Chromium`,
      `${dir}/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary`,
    ]);
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return roots.flatMap((r) => [
      path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      path.win32.join(r, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
  ];
}

export function isExecutableFile(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch (e: unknown) {
    // ENOENT / EACCES mean "not this one"; anything else is unexpected and must surface.
    if (e instanceof Error && 'code' in e && ['ENOENT', 'EACCES', 'ENOTDIR', 'EPERM'].includes(String(e.code)))
      return false;
    throw e;
  }
}

export interface FindBrowserOptions {
  /** From `--browser` or `presales.export.browserPath`; when set it must exist. */
  explicit?: string | undefined;
  env?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
}

/** The browser to use, or undefined when none is installed. A wrong explicit path throws BrowserPathError. */
export function findBrowser(options: FindBrowserOptions = {}): BrowserChoice | undefined {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const explicit = options.explicit?.trim();
  if (explicit) {
    if (!isExecutableFile(explicit)) throw new BrowserPathError(explicit, 'option');
    return { path: explicit, source: 'option' };
  }
  const fromEnv = env.PRESALES_BROWSER?.trim();
  if (fromEnv) {
    if (!isExecutableFile(fromEnv)) throw new BrowserPathError(fromEnv, 'env');
    return { path: fromEnv, source: 'env' };
  }
  const sep = platform === 'win32' ? ';' : ':';
  const exts = platform === 'win32' ? ['.exe'] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(sep).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      for (const ext of exts) {
        const candidate = path.join(dir, name + ext);
        if (isExecutableFile(candidate)) return { path: candidate, source: 'path' };
      }
    }
  }
  for (const candidate of knownLocations(platform, env))
    if (isExecutableFile(candidate)) return { path: candidate, source: 'known' };
  return undefined;
}
