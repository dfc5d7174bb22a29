import { maxPictureScale, pictureScale, svgLabelPx } from '../core/export/figureParts';

/**
 * SVG -> PNG through a canvas, drawn at 2x for sharp text. The SVG is serialised from the live DOM
 * (XMLSerializer), because Mermaid's HTML labels hold `<br>` which is not well-formed XML and an
 * <img> would refuse the raw string. Chromium does not taint the canvas for a data: SVG, HTML labels
 * included (checked by test/browser/previewDiagrams.test.ts).
 */
export async function svgToPngDataUrl(svgElement: SVGSVGElement, scale = 2): Promise<string> {
  const root = svgElement.cloneNode(true) as SVGSVGElement;
  const box = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = box.length === 4 && box[2] ? box[2] : Number.parseFloat(root.getAttribute('width') ?? '') || 800;
  const height = box.length === 4 && box[3] ? box[3] : Number.parseFloat(root.getAttribute('height') ?? '') || 600;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.removeAttribute('style');
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(root);
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
  });
  image.src = `data:image/svg+xml;base64,${base64Utf8(text)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d canvas');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The export PNG's scale: what its printed size needs (src/core/export/figureParts.ts, the rule the
 * headless export renderer follows, which makes the parts of a split diagram sharp), and never less
 * than these pictures had before that rule: at least 1600 px wide (at most 3x), within its 16 Mpx cap.
 */
export function printScale(width: number, height: number, labelPx: number): number {
  if (!(width > 0) || !(height > 0)) return 2;
  const size = { width, height };
  const wide = Math.min(3, Math.max(1, 1600 / width), maxPictureScale(size));
  return Math.max(pictureScale(size, labelPx), wide);
}

/** An SVG string (Mermaid's output) -> PNG data: URL at the print scale. */
export async function svgTextToPngDataUrl(svg: string): Promise<string> {
  const host = document.createElement('div');
  host.innerHTML = svg;
  const el = host.querySelector('svg');
  if (!el) throw new Error('no <svg> to rasterise');
  const box = (el.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = box.length === 4 ? (box[2] ?? 0) : 0;
  const height = box.length === 4 ? (box[3] ?? 0) : 0;
  return svgToPngDataUrl(el, printScale(width, height, svgLabelPx(svg)));
}
