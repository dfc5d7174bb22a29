// Installs code-server from npm into the project cache, offline except for the npm registry.
// Pitfalls handled (each verified in ../shared/vscode-host):
//  - @vscode/ripgrep's postinstall downloads rg from GitHub: we seed its download cache
//    ($TMPDIR/vscode-ripgrep-cache-<ver>/ripgrep-<tag>-<target>.tar.gz) with Debian's rg, and run
//    npm with that same private TMPDIR;
//  - code-server's postinstall refuses root without npm_config_unsafe_perm=true;
//  - node-pty's postinstall runs `npx node-gyp`, which this machine's npmrc (yes=false) cancels: npm_config_yes=true;
//  - code-server writes config/logs under XDG dirs even for --version: they are redirected.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, openSync, closeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathWithNode } from './hostConfig.mjs';
import { ProvisionError } from './steps.mjs';

const RG_TARGETS = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };

export function installedVersion(cfg) {
  if (!existsSync(cfg.codeServerBin)) return undefined;
  const scratch = path.join(cfg.prefix, '.version-xdg');
  const r = spawnSync(cfg.codeServerBin, ['--version'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PATH: pathWithNode(cfg.nodeDir), XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch },
  });
  rmSync(scratch, { recursive: true, force: true });
  if (r.status !== 0) return undefined;
  // Output ends with a line like "4.100.3 <commit> with Code 1.100.3".
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return line.startsWith(cfg.version) ? line : undefined;
}

/**
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, log?: string }} options
 */
function npm(args, { cwd, env, log }) {
  const fd = log ? openSync(log, 'a') : undefined;
  const r = spawnSync('npm', args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: fd === undefined ? 'pipe' : ['ignore', fd, fd],
  });
  if (fd !== undefined) closeSync(fd);
  return r;
}

function must(r, what, log) {
  if (r.status === 0) return r;
  const tail =
    log && existsSync(log)
      ? readFileSync(log, 'utf8').split('\n').slice(-40).join('\n')
      : `${r.stdout ?? ''}${r.stderr ?? ''}`;
  throw new ProvisionError(
    `${what} failed (exit ${r.status ?? r.signal}).\n--- last lines${log ? ` of ${log}` : ''} ---\n${tail}`,
  );
}

/** Seeds the ripgrep download cache in tmp for every @vscode/ripgrep version code-server may pull. */
export function seedRipgrepCache(cfg, tmp, env) {
  const target = RG_TARGETS[process.arch];
  if (!target) throw new ProvisionError(`no ripgrep target known for arch ${process.arch}`);
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg)
    throw new ProvisionError('ripgrep (rg) is needed to install code-server offline: apt-get install -y ripgrep');
  const work = path.join(tmp, 'seed');
  mkdirSync(work, { recursive: true });
  must(
    npm(['pack', '--silent', `code-server@${cfg.version}`], { cwd: work, env }),
    `npm pack code-server@${cfg.version}`,
  );
  must(
    spawnSync('tar', ['-xzf', `code-server-${cfg.version}.tgz`, 'package/lib/vscode/package.json'], {
      cwd: work,
      encoding: 'utf8',
    }),
    'reading code-server package.json',
  );
  const vscodePkg = JSON.parse(readFileSync(path.join(work, 'package/lib/vscode/package.json'), 'utf8'));
  const range = vscodePkg.dependencies?.['@vscode/ripgrep'];
  if (!range) {
    rmSync(work, { recursive: true, force: true });
    return 'no @vscode/ripgrep dependency';
  }
  const versions = [].concat(
    JSON.parse(
      must(
        npm(['view', `@vscode/ripgrep@${range}`, 'version', '--json'], { cwd: work, env }),
        'npm view @vscode/ripgrep',
      ).stdout,
    ),
  );
  const stage = path.join(work, 'rg');
  mkdirSync(stage, { recursive: true });
  copyFileSync(rg, path.join(stage, 'rg'));
  const tarball = path.join(work, 'rg.tgz');
  must(spawnSync('tar', ['-C', stage, '-czf', tarball, 'rg'], { encoding: 'utf8' }), 'packing rg');
  const seeded = [];
  for (const v of versions) {
    must(npm(['pack', '--silent', `@vscode/ripgrep@${v}`], { cwd: work, env }), `npm pack @vscode/ripgrep@${v}`);
    const r = spawnSync('tar', ['-xzOf', `vscode-ripgrep-${v}.tgz`, 'package/lib/postinstall.js'], {
      cwd: work,
      encoding: 'utf8',
    });
    const tag = r.status === 0 ? /const VERSION = '([^']+)'/.exec(r.stdout)?.[1] : undefined;
    if (!tag) continue; // a version without a download postinstall needs no seed
    const dir = path.join(tmp, `vscode-ripgrep-cache-${v}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(tarball, path.join(dir, `ripgrep-${tag}-${target}.tar.gz`));
    seeded.push(`${v}:${tag}`);
  }
  rmSync(work, { recursive: true, force: true });
  return `seeded ${seeded.join(', ') || 'nothing'}`;
}

/**
 * @param {{ prefix: string, version: string }} cfg
 * @param {string} _tmp
 * @param {NodeJS.ProcessEnv} env
 * @param {string} log
 */
export function npmInstallCodeServer(cfg, _tmp, env, log) {
  mkdirSync(cfg.prefix, { recursive: true });
  const pkg = path.join(cfg.prefix, 'package.json');
  if (!existsSync(pkg)) writeFileSync(pkg, '{ "name": "presales-vscode-host", "private": true }\n');
  writeFileSync(log, `npm install code-server@${cfg.version} (${new Date().toISOString()})\n`);
  must(
    npm(['install', '--no-audit', '--no-fund', '--no-save', '--foreground-scripts', `code-server@${cfg.version}`], {
      cwd: cfg.prefix,
      env,
      log,
    }),
    `npm install code-server@${cfg.version}`,
    log,
  );
}

/** The env for npm runs: private TMPDIR, root-safe postinstall, and the optional alternative node. */
export function installEnv(cfg, tmp) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    PATH: pathWithNode(cfg.nodeDir),
  };
  // node-gyp must build against the node that will run code-server (npmrc here says nodedir=/usr = Node 20).
  if (cfg.nodeDir) env.npm_config_nodedir = path.dirname(cfg.nodeDir);
  return env;
}

/** Installs node-<platform>-<arch>@<major> from npm (a real node binary plus headers) for the host. */
export function installNode(cfg) {
  const node = path.join(cfg.nodeDir, 'node');
  const works = () =>
    existsSync(node) && spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.startsWith(`v${cfg.nodeMajor}.`);
  if (works()) return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  mkdirSync(cfg.nodePackageDir, { recursive: true });
  const pkg = path.join(cfg.nodePackageDir, 'package.json');
  if (!existsSync(pkg)) writeFileSync(pkg, '{ "name": "presales-vscode-host-node", "private": true }\n');
  const log = path.join(cfg.nodePackageDir, 'install.log');
  writeFileSync(log, '');
  must(
    npm(
      ['install', '--no-audit', '--no-fund', '--no-save', `node-${process.platform}-${process.arch}@${cfg.nodeMajor}`],
      { cwd: cfg.nodePackageDir, env: process.env, log },
    ),
    `npm install node-${process.platform}-${process.arch}@${cfg.nodeMajor}`,
    log,
  );
  if (!works()) throw new ProvisionError(`the npm package did not provide a working Node ${cfg.nodeMajor} at ${node}`);
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
