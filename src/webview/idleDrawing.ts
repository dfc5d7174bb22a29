/**
 * Diagrams nobody sees yet (the architecture views the picker hides), filled in one at a time while
 * the page is idle. Mermaid draws one diagram at a time, so each of these would otherwise hold up
 * the diagrams on screen by a whole render; handing over one at a time keeps that wait to at most
 * the one in flight. A host the picker shows before its turn is taken out and drawn at once.
 */
export class IdleDrawing {
  private readonly pending = new Set<HTMLElement>();
  private running = false;

  /** `fill` draws (or shows the stored SVG of) one host; `needsFill` says whether it still has to. */
  constructor(
    private readonly fill: (host: HTMLElement) => Promise<void>,
    private readonly needsFill: (host: HTMLElement) => boolean,
  ) {}

  add(hosts: Iterable<HTMLElement>): void {
    for (const host of hosts) this.pending.add(host);
    this.run();
  }

  /** Takes `host` out of the queue (it is about to be drawn now); true when it was waiting. */
  take(host: HTMLElement): boolean {
    return this.pending.delete(host);
  }

  private run(): void {
    if (this.running || !this.pending.size) return;
    this.running = true;
    whenIdle(() => void this.next());
  }

  private async next(): Promise<void> {
    const host = this.pending.values().next().value;
    try {
      if (host !== undefined) {
        this.pending.delete(host);
        // A host an update replaced, or one already drawn meanwhile, is skipped without drawing.
        if (host.isConnected && this.needsFill(host)) await this.fill(host);
      }
    } finally {
      this.running = false;
      this.run();
    }
  }
}

/** Runs `task` when the page is idle (or after `timeout` ms at the latest). */
export function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, 50);
}
