import type { DiagramTheme } from '../protocol/previewMessages';

/**
 * Mermaid's font list, for the preview and the export's diagrams alike: text fonts (Latin, then CJK),
 * then colour emoji fonts, so an emoji in a label is drawn rather than shown as an empty box.
 */
export const DIAGRAM_FONT_FAMILY =
  'Noto Sans, Segoe UI, Helvetica Neue, Arial, Noto Sans CJK SC, Microsoft YaHei, PingFang SC, Noto Color Emoji, Apple Color Emoji, Segoe UI Emoji, sans-serif';

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
