/**
 * Scroll sync through `data-line` attributes (0-based source lines). When the preview scrolls because
 * the editor asked it to, the resulting scroll events must not be reported back (that would move the
 * editor, which would move the preview...): scroll events that leave the page where we put it are
 * echoes and are dropped; the first one that moves away from it is the user's.
 */
export class ScrollSync {
  private programmaticY: number | undefined;
  private pending: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly onUserScroll: (line: number) => void,
  ) {
    window.addEventListener('scroll', () => this.onScroll(), { passive: true });
  }

  /** Elements that carry a line, in document order. */
  private lineElements(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('[data-line]'));
  }

  scrollToLine(line: number): void {
    let best: HTMLElement | undefined;
    let bestLine = -1;
    for (const el of this.lineElements()) {
      const l = Number(el.dataset['line']);
      // The closest element at or before the line; among equals, the most specific (latest in order).
      if (l <= line && l >= bestLine) {
        best = el;
        bestLine = l;
      }
    }
    if (!best) return;
    const top = best.getBoundingClientRect().top + window.scrollY - 8;
    window.scrollTo({ top: Math.max(0, top), behavior: 'auto' });
    this.programmaticY = window.scrollY;
  }

  /** The source line at the top of the viewport. */
  lineAtTop(): number | undefined {
    let candidate: number | undefined;
    for (const el of this.lineElements()) {
      const rect = el.getBoundingClientRect();
      if (rect.height === 0) continue;
      if (rect.top > 4) return candidate ?? Number(el.dataset['line']);
      candidate = Number(el.dataset['line']);
    }
    return candidate;
  }

  private onScroll(): void {
    if (this.pending !== undefined) return;
    this.pending = window.setTimeout(() => {
      this.pending = undefined;
      if (this.programmaticY !== undefined && Math.abs(window.scrollY - this.programmaticY) < 2) return;
      this.programmaticY = undefined;
      const line = this.lineAtTop();
      if (line !== undefined && Number.isFinite(line)) this.onUserScroll(line);
    }, 50);
  }
}
