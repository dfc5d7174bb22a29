/**
 * Scroll sync through `data-line` attributes (0-based source lines). When the preview scrolls because
 * the editor asked it to, the resulting scroll events must not be reported back (that would move the
 * editor, which would move the preview...): `programmatic` swallows them for a short while.
 */
export class ScrollSync {
  private programmaticUntil = 0;
  private pending: number | undefined;

  constructor(private readonly root: HTMLElement, private readonly onUserScroll: (line: number) => void) {
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
      if (l <= line && l >= bestLine) { best = el; bestLine = l; }
    }
    if (!best) return;
    this.programmaticUntil = performance.now() + 150;
    const top = best.getBoundingClientRect().top + window.scrollY - 8;
    window.scrollTo({ top: Math.max(0, top), behavior: 'auto' });
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
    if (performance.now() < this.programmaticUntil) return;
    if (this.pending !== undefined) return;
    this.pending = window.setTimeout(() => {
      this.pending = undefined;
      const line = this.lineAtTop();
      if (line !== undefined && Number.isFinite(line)) this.onUserScroll(line);
    }, 50);
  }
}
