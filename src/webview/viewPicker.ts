/**
 * The architecture view picker above the first view's diagram: a press shows that view's diagram
 * and hides the others of its section. Every view's host is in the page, so switching needs no
 * message to the extension; a hidden view not drawn yet (they are drawn when the page is idle) is
 * drawn by `onSelect`'s caller, its host saying so meanwhile.
 */
export function enableViewPicker(content: HTMLElement, onSelect: (view: string) => void): void {
  content.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const button = target?.closest<HTMLButtonElement>('.view-picker button[data-view]');
    const view = button?.dataset['view'];
    if (!button || view === undefined) return;
    if (showView(button.closest('section') ?? content, view)) onSelect(view);
  });
}

/** Shows `view` within `scope`; false when no picker there offers it (the file no longer has that view). */
export function showView(scope: ParentNode, view: string): boolean {
  const buttons = [...scope.querySelectorAll<HTMLButtonElement>('.view-picker button[data-view]')];
  if (!buttons.some((b) => b.dataset['view'] === view)) return false;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['view'] === view));
  for (const d of scope.querySelectorAll<HTMLElement>('.diagram[data-view]')) d.hidden = d.dataset['view'] !== view;
  return true;
}
