/**
 * The preview page's HTML, set ONCE per panel (updates arrive as messages). No vscode import, so the
 * browser tests serve exactly this page. Scripts run only with the nonce; Mermaid's inline SVG
 * styles need 'unsafe-inline' for styles (VS Code's own Mermaid preview allows the same).
 */
export interface PreviewShellOptions {
  /** `webview.cspSource` (or the test server's origin). */
  cspSource: string;
  /** Fresh per render, from crypto.randomBytes. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  lang: string;
  /** Inline scripts to run before the bundle (tests: a stand-in acquireVsCodeApi). Each gets the nonce. */
  preludeScripts?: string[];
  /**
   * The Mermaid chunks a first drawing needs (dist/webview/preload.json), relative to the script. The
   * page preloads them (`<link rel="modulepreload">`: fetched and compiled, not run) once its script
   * has started: as links in this HTML they would take the connections the script's own fetch needs.
   */
  preloadChunks?: string[];
}

export function previewShellHtml(o: PreviewShellOptions): string {
  const csp = [
    "default-src 'none'",
    `img-src ${o.cspSource} data:`,
    `style-src ${o.cspSource} 'unsafe-inline'`,
    `script-src 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
  ].join('; ');
  const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const prelude = (o.preludeScripts ?? [])
    .map((s) => `<script nonce="${attr(o.nonce)}">${s.replace(/<\/script/gi, '<\\/script')}</script>`)
    .join('\n');
  const preload = o.preloadChunks?.length
    ? `<meta name="presales-preload" content="${attr(o.preloadChunks.join(' '))}">`
    : '';
  return `<!DOCTYPE html>
<html lang="${attr(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
${preload}
</head>
<body>
<div id="banner" class="banner" hidden></div>
<nav id="outline" class="outline" hidden></nav>
<main id="content" class="presales-preview first-paint"></main>
${prelude}
<script type="module" nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
