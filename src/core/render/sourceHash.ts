/**
 * A short stable hash of a diagram's Mermaid source: the webview keeps a rendered SVG per hash and
 * skips Mermaid when it has not changed. FNV-1a (two 32-bit lanes) is plenty for a cache key.
 */
export function sourceHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
