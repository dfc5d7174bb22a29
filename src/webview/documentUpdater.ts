import type { PreviewSection } from '../protocol/previewMessages';

/**
 * Applies a new list of rendered sections to the page in place: a section whose html is unchanged is
 * left alone (its drawn diagrams, zoom and scroll position stay), a changed one is replaced, and a
 * diagram placeholder whose source hash is unchanged takes over the already drawn diagram element.
 */
export class DocumentUpdater {
  private readonly applied = new Map<string, { html: string; element: Element }>();

  constructor(private readonly root: HTMLElement) {}

  /** Returns the diagram hosts that need drawing. */
  apply(sections: ReadonlyArray<PreviewSection>): HTMLElement[] {
    const keep = new Set(sections.map((s) => s.key));
    for (const [key, old] of this.applied) {
      if (!keep.has(key)) {
        old.element.remove();
        this.applied.delete(key);
      }
    }
    const toDraw: HTMLElement[] = [];
    let previous: Element | null = null;
    for (const s of sections) {
      const old = this.applied.get(s.key);
      let element: Element;
      if (old && old.html === s.html) {
        element = old.element;
      } else {
        element = this.build(s.html);
        if (old) {
          this.adoptDrawnDiagrams(old.element, element);
          old.element.replaceWith(element);
        }
        this.applied.set(s.key, { html: s.html, element });
        toDraw.push(
          ...Array.from(element.querySelectorAll<HTMLElement>('.diagram[data-diagram]')).filter(
            (d) => !d.classList.contains('diagram-ready') && !d.classList.contains('diagram-failed'),
          ),
        );
      }
      // Keep document order (a section may appear or move).
      const expectedNext: Element | null = previous ? previous.nextElementSibling : this.root.firstElementChild;
      if (expectedNext !== element) {
        if (previous) previous.after(element);
        else this.root.prepend(element);
      }
      previous = element;
    }
    return toDraw;
  }

  /** Every diagram host currently on the page. */
  diagramHosts(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>('.diagram[data-diagram]'));
  }

  private build(html: string): Element {
    const template = document.createElement('template');
    // The html is produced by core/render: document text in it is escaped, and the webview's CSP
    // (script-src nonce only) would block any script even if something slipped through.
    template.innerHTML = html.trim();
    const first = template.content.firstElementChild;
    if (first && template.content.childElementCount === 1) return first;
    const wrapper = document.createElement('section');
    wrapper.append(template.content);
    return wrapper;
  }

  private adoptDrawnDiagrams(from: Element, to: Element): void {
    const drawn = new Map<string, HTMLElement>();
    for (const d of Array.from(
      from.querySelectorAll<HTMLElement>(
        '.diagram.diagram-ready[data-source-hash], .diagram.diagram-failed[data-source-hash]',
      ),
    )) {
      drawn.set(`${d.dataset['diagram']}:${d.dataset['sourceHash']}`, d);
    }
    for (const placeholder of Array.from(to.querySelectorAll<HTMLElement>('.diagram[data-source-hash]'))) {
      const same = drawn.get(`${placeholder.dataset['diagram']}:${placeholder.dataset['sourceHash']}`);
      if (same) {
        same.dataset['nodeLines'] = placeholder.dataset['nodeLines'] ?? '{}';
        placeholder.replaceWith(same);
      }
    }
  }
}
