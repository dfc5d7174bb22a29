/**
 * The preview's section navigator: a "Contents" button fixed at the top right that opens the list of
 * the page's sections (each section's first heading) and jumps to the one picked. Rebuilt after each
 * update from the DOM, so it always lists what the page shows, in its order.
 */
export class Outline {
  private readonly details: HTMLDetailsElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLOListElement;
  private signature = '';

  constructor(
    private readonly nav: HTMLElement,
    private readonly content: HTMLElement,
  ) {
    this.details = document.createElement('details');
    this.summary = document.createElement('summary');
    this.list = document.createElement('ol');
    this.details.append(this.summary, this.list);
    nav.replaceChildren(this.details);
    this.list.addEventListener('click', (e) => this.onPick(e));
    // A press outside the open list closes it, as a menu would.
    document.addEventListener('pointerdown', (e) => {
      if (this.details.open && e.target instanceof Node && !nav.contains(e.target)) this.details.open = false;
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.details.open) this.details.open = false;
    });
  }

  /** After an update: the sections now on the page, under the button labelled `title`. */
  refresh(title: string): void {
    const entries: Array<{ id: string; text: string }> = [];
    for (const section of Array.from(this.content.querySelectorAll<HTMLElement>('section.ps-section[id]'))) {
      const heading = section.querySelector('h1, h2');
      const text = heading?.textContent?.trim();
      if (text) entries.push({ id: section.id, text });
    }
    const signature = `${title}\n${entries.map((e) => `${e.id}\t${e.text}`).join('\n')}`;
    if (signature === this.signature) return;
    this.signature = signature;
    this.summary.textContent = title;
    this.summary.title = title;
    this.list.replaceChildren(
      ...entries.map((e) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset['target'] = e.id;
        // Heading text is the document's: set as text, never as markup.
        button.textContent = e.text;
        item.append(button);
        return item;
      }),
    );
    this.nav.hidden = entries.length < 2;
  }

  private onPick(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('button[data-target]') : null;
    if (!target) return;
    e.stopPropagation();
    const section = document.getElementById(target.dataset['target'] ?? '');
    this.details.open = false;
    section?.scrollIntoView({ block: 'start' });
  }
}
