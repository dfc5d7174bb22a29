/**
 * The only link targets any output may carry: web pages and mail addresses. No `javascript:`,
 * `data:`, `vscode:`, `command:` or `file:`, and no relative paths (they would resolve against
 * wherever the customer saved the file).
 */
const ALLOWED_LINK = /^(https?:|mailto:)/i;

export function isAllowedLink(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\nscript:").
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  return ALLOWED_LINK.test(compact) && compact === url.trim();
}
