import type { DiagramTheme } from '../protocol/previewMessages';
import { repairMermaidEntities } from '../core/render/svgText';
import {
  ELK_LAYOUT_CONFIG,
  GANTT_CONFIG,
  HTML_LABEL_WIDTH_PX,
  LEGIBLE_THEME_CSS,
  loadMermaidWithElk,
  preloadElkLayoutCode,
} from './mermaidLayout';
import { DIAGRAM_FONT_FAMILY } from './theme';

type MermaidApi = Awaited<ReturnType<typeof loadMermaidWithElk>>;

export type RenderOutcome = { svg: string } | { error: string };

/** The performance mark set once Mermaid's module has loaded and ELK is registered. */
export const MERMAID_LOADED_MARK = 'presales:mermaid-loaded';

/**
 * Draws Mermaid sources to SVG strings. Mermaid is imported lazily (its chunks load only when the
 * first diagram is drawn) and renders one at a time, because mermaid.render shares global config and
 * a scratch element. Results are kept per theme and source, so an unchanged diagram is never redrawn.
 */
export class MermaidRenderer {
  private mermaid: Promise<MermaidApi> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cache = new Map<string, RenderOutcome>();
  private counter = 0;
  private static readonly CACHE_LIMIT = 48;

  /**
   * `textLabels`: SVG <text> labels instead of HTML in <foreignObject>. The preview uses HTML labels
   * (Mermaid wraps and decodes them properly); exports ask for text labels because Word and
   * LibreOffice do not draw foreignObject.
   */
  render(theme: DiagramTheme, source: string, textLabels = false): Promise<RenderOutcome> {
    const hit = this.cache.get(`${theme}\n${textLabels}\n${source}`);
    if (hit) return Promise.resolve(hit);
    const job = this.queue.then(() => this.renderNow(theme, source, textLabels));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /**
   * Starts fetching Mermaid, ELK and the flowchart and gantt chunks, in parallel, without drawing anything
   * (otherwise the gantt's chunk is only requested after the flowchart is drawn). Queued like a
   * render so it never overlaps one; a failure here is reported by the first render instead.
   */
  preload(): void {
    const job = this.queue.then(async () => {
      const elk = preloadElkLayoutCode();
      const mermaid = await this.load();
      await Promise.all([
        elk,
        ...['flowchart LR\n  a --> b\n', 'gantt\n  dateFormat YYYY-MM-DD\n  a : t0, 2026-01-01, 1d\n'].map((stub) =>
          mermaid.parse(stub),
        ),
      ]);
    });
    this.queue = job.catch(() => undefined);
  }

  private load(): Promise<MermaidApi> {
    // The mark lets a profile (and the preview benchmark) tell Mermaid's load from its drawing.
    this.mermaid ??= loadMermaidWithElk().then((mermaid) => {
      performance.mark(MERMAID_LOADED_MARK);
      return mermaid;
    });
    return this.mermaid;
  }

  private async renderNow(theme: DiagramTheme, source: string, textLabels: boolean): Promise<RenderOutcome> {
    const key = `${theme}\n${textLabels}\n${source}`;
    const again = this.cache.get(key);
    if (again) return again;
    const id = `ps-mermaid-${++this.counter}`;
    let outcome: RenderOutcome;
    try {
      // Inside the try: a bundle that fails to load shows as this diagram's error, in place.
      const mermaid = await this.load();
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme,
        fontFamily: DIAGRAM_FONT_FAMILY,
        htmlLabels: !textLabels,
        ...ELK_LAYOUT_CONFIG,
        // Text labels wrap long words by cutting characters, which could cut an entity code in two:
        // in that mode labels are not wrapped (names are short; technology goes on its own line).
        // HTML labels keep the lines the source already broke, wrapping only a longer word.
        flowchart: {
          htmlLabels: !textLabels,
          useMaxWidth: true,
          wrappingWidth: textLabels ? 2000 : HTML_LABEL_WIDTH_PX,
        },
        // Mermaid sizes a gantt from its scratch element's width, which is not the panel's: give it a
        // fixed drawing width (the export's, so bars and labels lay out the same everywhere).
        gantt: { useMaxWidth: true, ...GANTT_CONFIG },
        themeCSS: LEGIBLE_THEME_CSS,
      });
      const { svg } = await mermaid.render(id, source);
      outcome = { svg: textLabels ? repairMermaidEntities(svg) : svg };
    } catch (e: unknown) {
      outcome = { error: e instanceof Error ? e.message : String(e) };
    } finally {
      // A failed render can leave its scratch element (and an error bomb) in <body>.
      document.getElementById(`d${id}`)?.remove();
      document.getElementById(id)?.remove();
    }
    this.cache.set(key, outcome);
    if (this.cache.size > MermaidRenderer.CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return outcome;
  }
}
