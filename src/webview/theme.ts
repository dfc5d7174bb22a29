import type { DiagramTheme } from '../protocol/previewMessages';

/** The Mermaid theme matching VS Code's body classes (light, dark, high contrast dark/light). */
export function themeFromBody(body: HTMLElement, setting: DiagramTheme | 'auto'): DiagramTheme {
  if (setting !== 'auto') return setting;
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'default';
  if (c.contains('vscode-dark') || c.contains('vscode-high-contrast')) return 'dark';
  return 'default';
}

/** Calls `onChange` whenever VS Code swaps the theme classes on <body>. */
export function watchTheme(body: HTMLElement, onChange: () => void): MutationObserver {
  const observer = new MutationObserver(() => onChange());
  observer.observe(body, { attributes: true, attributeFilter: ['class'] });
  return observer;
}
