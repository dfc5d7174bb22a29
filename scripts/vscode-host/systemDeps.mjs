// System prerequisites of the test suite and of `npm run demo`: what each is for, how to detect it,
// and which Debian package provides it. Missing ones are installed with apt-get when we are root;
// otherwise the failure names the packages to install. `demo: true` marks what the demo's exports
// need (the browser that draws diagrams and prints PDFs, a CJK font for the Chinese example, and an
// emoji font, since emoji in a printed PDF are boxes without one).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ProvisionError } from './steps.mjs';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;

export function systemRequirements(chromium) {
  return [
    {
      what: `Chromium (${chromium})`,
      why: 'opens the VS Code workbench, renders the preview and PDF',
      pkg: 'chromium',
      demo: true,
      present: () => existsSync(chromium),
      custom: chromium !== '/usr/bin/chromium',
    },
    {
      what: 'LibreOffice (soffice)',
      why: 'checks exported Word documents',
      pkg: 'libreoffice-writer',
      present: () => onPath('soffice'),
    },
    {
      what: 'LibreOffice Calc (libsclo.so)',
      why: "opens the answered copy of a customer's RFP workbook",
      pkg: 'libreoffice-calc',
      present: () => existsSync('/usr/lib/libreoffice/program/libsclo.so'),
    },
    {
      what: 'LibreOffice Impress',
      why: 'opens exported PowerPoint decks (PPTX to PDF)',
      pkg: 'libreoffice-impress',
      present: () => existsSync('/usr/lib/libreoffice/share/registry/impress.xcd'),
    },
    { what: 'pdftotext', why: 'reads exported PDFs', pkg: 'poppler-utils', present: () => onPath('pdftotext') },
    {
      what: 'a CJK font (fc-list :lang=zh)',
      why: 'renders Chinese proposals in PDF/screenshots',
      pkg: 'fonts-noto-cjk',
      demo: true,
      present: () => {
        const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
        return r.status === 0 && r.stdout.trim() !== '';
      },
    },
    // A colour font, not merely one with emoji code points: DejaVu Sans has a few monochrome ones.
    {
      what: 'a colour emoji font (fc-list :color=true:charset=1f600)',
      why: 'draws emoji in PDFs and diagrams instead of empty boxes',
      pkg: 'fonts-noto-color-emoji',
      demo: true,
      present: () => {
        const r = spawnSync('fc-list', [':color=true:charset=1f600'], { encoding: 'utf8' });
        return r.status === 0 && r.stdout.trim() !== '';
      },
    },
    {
      what: 'ripgrep (rg)',
      why: "stands in for @vscode/ripgrep's GitHub download when code-server installs",
      pkg: 'ripgrep',
      present: () => onPath('rg'),
    },
    {
      what: 'Kerberos headers (gssapi/gssapi.h)',
      why: "code-server's kerberos addon builds from source",
      pkg: 'libkrb5-dev',
      present: () => existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/gssapi.h'),
    },
  ];
}

export function missingRequirements(reqs) {
  return reqs.filter((r) => !r.present());
}

export function installWithApt(missing) {
  const custom = missing.find((r) => r.custom);
  if (custom) {
    throw new ProvisionError(
      `${custom.what} does not exist: CHROMIUM must name a Chromium/Chrome binary, or be unset to use ` +
        '/usr/bin/chromium (install it with: sudo apt-get install -y chromium).\n',
    );
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pkgs = [...new Set(missing.map((r) => r.pkg))];
  const advice =
    `Install them with:\n  sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n` +
    (pkgs.includes('chromium') ? '(or point CHROMIUM at an existing Chromium/Chrome binary)\n' : '');
  if (!isRoot || !onPath('apt-get')) {
    throw new ProvisionError(
      `missing on this machine:\n${missing.map((r) => `  - ${r.what}: ${r.why}`).join('\n')}\n` +
        `${isRoot ? 'apt-get is not available. ' : 'Not running as root, so they cannot be installed automatically. '}${advice}`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  for (const args of [
    ['update', '-q'],
    ['install', '-y', '-q', ...pkgs],
  ]) {
    const r = run(args);
    if (r.status !== 0) {
      const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').slice(-25).join('\n');
      throw new ProvisionError(`apt-get ${args[0]} failed (exit ${r.status}):\n${tail}\n${advice}`);
    }
  }
  const still = missingRequirements(missing);
  if (still.length)
    throw new ProvisionError(`still missing after apt-get install: ${still.map((r) => r.what).join(', ')}\n${advice}`);
  return pkgs;
}

/** What `npm run demo` needs: a subset of the test suite's requirements. */
export function demoRequirements(chromium) {
  return systemRequirements(chromium).filter((r) => r.demo);
}

/**
 * Checks `reqs`, installs the missing ones with apt-get (root only) and returns a line for the step
 * reporter. Throws ProvisionError naming what is missing and how to install it.
 */
export function ensureSystemTools(reqs) {
  const missing = missingRequirements(reqs);
  if (!missing.length) return 'all present';
  return `installed ${installWithApt(missing).join(' ')}`;
}
