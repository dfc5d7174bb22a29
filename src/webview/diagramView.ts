import type { PreviewStrings, WebviewToExtension } from '../protocol/previewMessages';
import { MIN_LABEL_PX } from './mermaidLayout';
import { svgToPngDataUrl } from './png';

/** The pan and zoom of one diagram, applied to its canvas as a CSS transform. */
interface DiagramView {
  x: number;
  y: number;
  scale: number;
  apply(): void;
}

const MIN_SCALE = 0.2;
const MAX_SCALE = 8;

/**
 * One diagram placeholder (`div.diagram`) turned into a viewer: toolbar (copy, save SVG/PNG, zoom
 * reset), pan by dragging and zoom with Ctrl/Cmd/Alt + wheel (plain wheel keeps scrolling the page).
 */
export function showDiagramSvg(
  host: HTMLElement,
  svg: string,
  strings: PreviewStrings,
  post: (m: WebviewToExtension) => void,
): void {
  host.replaceChildren();
  host.classList.remove('diagram-failed');
  host.classList.add('diagram-ready');
  const toolbar = document.createElement('div');
  toolbar.className = 'diagram-toolbar';
  const viewport = document.createElement('div');
  viewport.className = 'diagram-viewport';
  const canvas = document.createElement('div');
  canvas.className = 'diagram-canvas';
  // The SVG comes from Mermaid (securityLevel strict, DOMPurify), never from document text directly.
  canvas.innerHTML = svg;
  viewport.append(canvas);
  host.append(toolbar, viewport);
  keepLabelsLegible(canvas);

  const view: DiagramView = {
    x: 0,
    y: 0,
    scale: 1,
    apply() {
      canvas.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
    },
  };
  addToolbarButtons(toolbar, canvas, view, host.dataset['diagram'] ?? 'diagram', svg, strings, post);
  enableWheelZoom(viewport, view);
  enablePanning(host, viewport, view);
}

/**
 * Mermaid scales a diagram down to the panel's width; in a narrow panel a big diagram's labels would
 * shrink to a few pixels. The SVG is given a minimum width at which its smallest label is still 8 pt
 * (the viewport then scrolls and pans instead). Runs once per drawn SVG, after it is in the page.
 */
function keepLabelsLegible(canvas: HTMLElement): void {
  const svg = canvas.querySelector('svg');
  const width = svg?.viewBox.baseVal?.width;
  if (!svg || !width) return;
  let smallest = Infinity;
  for (const el of svg.querySelectorAll<SVGElement | HTMLElement>('text, foreignObject span, foreignObject p')) {
    if (!el.textContent?.trim()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size > 0 && size < smallest) smallest = size;
  }
  if (!Number.isFinite(smallest)) return;
  svg.style.minWidth = `${Math.ceil((width * MIN_LABEL_PX) / smallest)}px`;
}

/** Zoom out / in / reset, copy SVG, save SVG, save PNG. */
function addToolbarButtons(
  toolbar: HTMLElement,
  canvas: HTMLElement,
  view: DiagramView,
  key: string,
  svg: string,
  strings: PreviewStrings,
  post: (m: WebviewToExtension) => void,
): void {
  const button = (text: string, cls: string, onClick: () => void): void => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      onClick();
    });
    toolbar.append(b);
  };
  // Serialised from the DOM so the saved file is well-formed XML (Mermaid's HTML labels use <br>).
  const currentSvg = (): string => {
    const el = canvas.querySelector('svg');
    return el ? new XMLSerializer().serializeToString(el) : svg;
  };
  button('−', 'zoom-out', () => {
    view.scale = Math.max(MIN_SCALE, view.scale / 1.25);
    view.apply();
  });
  button('+', 'zoom-in', () => {
    view.scale = Math.min(MAX_SCALE, view.scale * 1.25);
    view.apply();
  });
  button(strings.resetZoom, 'zoom-reset', () => {
    view.x = 0;
    view.y = 0;
    view.scale = 1;
    view.apply();
  });
  button(strings.copySvg, 'copy-svg', () => post({ type: 'copySvg', svg: currentSvg() }));
  button(strings.saveSvg, 'save-svg', () => post({ type: 'saveSvg', diagram: key, svg: currentSvg() }));
  button(strings.savePng, 'save-png', () => {
    const el = canvas.querySelector('svg');
    if (!el) return;
    svgToPngDataUrl(el)
      .then((dataUrl) => post({ type: 'savePng', diagram: key, dataUrl }))
      .catch((e: unknown) => post({ type: 'error', message: `PNG: ${e instanceof Error ? e.message : String(e)}` }));
  });
}

/** Ctrl/Cmd/Alt + wheel zooms around the pointer; a plain wheel is left to scroll the page. */
function enableWheelZoom(viewport: HTMLElement, view: DiagramView): void {
  viewport.addEventListener(
    'wheel',
    (e) => {
      if (!(e.ctrlKey || e.metaKey || e.altKey)) return;
      e.preventDefault();
      const factor = e.deltaY < 0 ? 1.1 : 1 / 1.1;
      const rect = viewport.getBoundingClientRect();
      const px = e.clientX - rect.left;
      const py = e.clientY - rect.top;
      const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
      // Zoom around the pointer: keep the point under the cursor where it is.
      view.x = px - ((px - view.x) * next) / view.scale;
      view.y = py - ((py - view.y) * next) / view.scale;
      view.scale = next;
      view.apply();
    },
    { passive: false },
  );
}

/**
 * Dragging pans. A press that moves less than 4 px stays a click: `data-dragged` tells the
 * click-to-source handler whether the pointer really dragged.
 */
function enablePanning(host: HTMLElement, viewport: HTMLElement, view: DiagramView): void {
  let drag: { x: number; y: number; startX: number; startY: number } | undefined;
  viewport.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, startX: view.x, startY: view.y };
    host.dataset['dragged'] = '';
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) {
      host.dataset['dragged'] = '1';
      viewport.setPointerCapture(e.pointerId);
      viewport.classList.add('panning');
    }
    view.x = drag.startX + dx;
    view.y = drag.startY + dy;
    if (host.dataset['dragged'] === '1') view.apply();
  });
  const end = (e: PointerEvent): void => {
    drag = undefined;
    viewport.classList.remove('panning');
    if (viewport.hasPointerCapture(e.pointerId)) viewport.releasePointerCapture(e.pointerId);
  };
  viewport.addEventListener('pointerup', end);
  viewport.addEventListener('pointercancel', end);
}

/** Over a diagram's placeholder (its source, faded) while Mermaid draws it: the panel is never blank. */
export function showDrawing(host: HTMLElement, strings: PreviewStrings): void {
  if (host.querySelector('.diagram-drawing')) return;
  const note = document.createElement('p');
  note.className = 'diagram-drawing';
  note.setAttribute('role', 'status');
  note.textContent = strings.diagramDrawing;
  host.prepend(note);
}

/** Mermaid's message in place of the diagram (as text: it may quote document content). */
export function showDiagramError(host: HTMLElement, message: string, strings: PreviewStrings): void {
  host.replaceChildren();
  host.classList.remove('diagram-ready');
  host.classList.add('diagram-failed');
  const title = document.createElement('p');
  title.className = 'diagram-error-title';
  title.textContent = strings.diagramError;
  const detail = document.createElement('pre');
  detail.className = 'diagram-error';
  detail.textContent = message;
  host.append(title, detail);
}
