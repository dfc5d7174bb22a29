import { buildDeck } from '../../core/deck/buildDeck';
import type { Deck, DeckSlide } from '../../core/deck/deckModel';
import { continuedParts } from '../../core/deck/architectureSlides';
import { buildDocument } from '../../core/export/documents';
import { label, type ExportOnlyLabelKey } from '../../core/export/exportLabels';
import { diagramSources, type DiagramSource, type RenderedDiagram } from '../../core/export/documentModel';
import {
  LEGIBLE_SCALE,
  architectureElkGraph,
  fitScale,
  placeArchitecture,
  type ArchitectureDrawing,
  type GraphOptions,
} from '../../core/layout/architectureLayout';
import type { ArchitectureBody, ArchitectureGraphSpec } from '../../core/deck/deckModel';
import type { Localized } from '../../core/messages/localize';
import type { Proposal } from '../../core/model';
import type { TemplateLook } from '../../core/docxTemplate/theme';
import { resolveDeckLook, type DeckLookSettings } from './deckLook';
import { layoutWithElk } from './elkLayout';
import { toPptx, type DeckPicture } from './pptxDeck';

/** What the deck export takes beyond the proposal: its look, and whether to add the Mermaid picture slide. */
export interface DeckRequest extends DeckLookSettings {
  /** presales.export.deck.diagramPictures / --deck-pictures. */
  diagramPictures?: boolean;
}

export interface DeckJob {
  proposal: Proposal;
  deck: DeckRequest;
  /** The Word template's theme, when a template is set for this export. */
  template?: TemplateLook;
  /** Draws the architecture's Mermaid source to a PNG; answers a note instead when it cannot. */
  drawPicture: (sources: readonly DiagramSource[]) => Promise<{ drawn?: RenderedDiagram; note?: Localized }>;
}

export interface WrittenDeck {
  content: Uint8Array;
  deck: Deck;
  /** Pictures placed (0 or 1). */
  pictures: number;
  notes: Localized[];
}

const both = (key: ExportOnlyLabelKey, values?: Record<string, string>): Localized => ({
  en: label(key, 'en', values),
  'zh-CN': label(key, 'zh-CN', values),
});

export const deckNotes = {
  pictureSkipped: (): Localized => both('deck.pictureSkipped'),
  pictureFailed: (reason: string): Localized => both('deck.pictureFailed', { reason }),
};

/** Proposal -> slides (customer view) -> ELK layout of the architecture -> optional picture -> PPTX bytes. */
export async function writeDeck(job: DeckJob): Promise<WrittenDeck> {
  const deck = buildDeck(job.proposal, { diagramPicture: job.deck.diagramPictures === true });
  const look = await resolveDeckLook(job.deck, deck.lang, job.template);
  const notes: Localized[] = [];
  const architectures = new Map<ArchitectureBody, ArchitectureDrawing>();
  const slides: DeckSlide[] = [];
  for (const slide of deck.slides) {
    if (slide.body.kind !== 'architecture') {
      slides.push(slide);
      continue;
    }
    const parts = await legibleParts(slide.body);
    parts.forEach(({ body, drawing }, i) => {
      architectures.set(body, drawing);
      slides.push(
        i === 0
          ? { ...slide, body }
          : { ...slide, body, title: label('deck.continued', deck.lang, { title: slide.title }), notes: [] },
      );
    });
  }
  deck.slides = slides;
  let picture: DeckPicture | undefined;
  if (deck.slides.some((s) => s.body.kind === 'architecturePicture')) {
    // The same Mermaid source the documents draw, from the same customer view.
    const sources = diagramSources(buildDocument('proposal', job.proposal)).filter((s) => s.id === 'architecture');
    const answer = sources.length ? await job.drawPicture(sources) : { note: deckNotes.pictureSkipped() };
    if (answer.drawn?.png) picture = { png: answer.drawn.png, width: answer.drawn.width, height: answer.drawn.height };
    if (answer.note) notes.push(answer.note);
  }
  const content = await toPptx(deck, { look, architectures, ...(picture ? { picture } : {}) });
  return { content, deck, pictures: picture ? 1 : 0, notes };
}

/** Slides a view continues on, at most: a pitch deck is not the architecture chapter. */
const MAX_ARCHITECTURE_PARTS = 3;

/**
 * The view on one slide when it is legible there; else on as few continuation slides as make every
 * part legible (zones never cut), up to the most a deck gives one view; else on one slide, smaller.
 */
async function legibleParts(
  body: ArchitectureBody,
): Promise<Array<{ body: ArchitectureBody; drawing: ArchitectureDrawing }>> {
  const whole = { body, drawing: await layOutArchitecture(body) };
  if (fitScale(whole.drawing) >= LEGIBLE_SCALE) return [whole];
  for (let n = 2; n <= MAX_ARCHITECTURE_PARTS; n++) {
    const bodies = continuedParts(body, n);
    if (bodies.length < n) break;
    const parts = [];
    for (const part of bodies) parts.push({ body: part, drawing: await layOutArchitecture(part) });
    if (parts.every((p) => fitScale(p.drawing) >= LEGIBLE_SCALE)) return parts;
  }
  return [whole];
}

/**
 * The view as the preview reads it first: every box, left to right, the lines' labels given room
 * when they fit too. When that cannot be drawn at full size (every text at least 9 pt), top to bottom
 * is tried (without labels: the notes list every connection), then smaller boxes closer together;
 * then the overview: its groups in layers with the lines between them, else packed to fill the
 * slide without lines; each with the boxes' detail lines, then without; each group's boxes in as
 * many rows as read best. The first layout that fits at full size wins; when none does, the largest.
 */
export async function layOutArchitecture(body: ArchitectureBody): Promise<ArchitectureDrawing> {
  const tried: ArchitectureDrawing[] = [];
  const attempt = async (spec: ArchitectureGraphSpec, options: GraphOptions): Promise<boolean> => {
    const drawing = placeArchitecture(spec, await layoutWithElk(architectureElkGraph(spec, options)), options);
    tried.push(drawing);
    return fitScale(drawing) >= LEGIBLE_SCALE;
  };
  // Without labels first: it is the quicker layout, and labels only make a drawing larger.
  const labelled = body.graph.links.some((l) => l.label);
  if (await attempt(body.graph, { edgeLabels: false })) {
    const plain = last(tried);
    return labelled && (await attempt(body.graph, { edgeLabels: true })) ? last(tried) : plain;
  }
  if (await attempt(body.graph, { edgeLabels: false, direction: 'DOWN' })) return last(tried);
  if (await attempt(body.graph, { edgeLabels: false, tight: true })) return last(tried);
  if (body.overview?.packed === 'nested') {
    const legible: ArchitectureDrawing[] = [];
    for (const groupAspect of [1.2, 1.6, 2.4])
      if (await attempt(body.overview, { groupAspect })) legible.push(last(tried));
    if (legible.length) return largest(legible);
  } else if (body.overview) {
    // The lines between zones say more than the boxes' technology lines: they go last.
    for (const fill of [false, true])
      for (const details of [true, false]) {
        const legible: ArchitectureDrawing[] = [];
        for (const rows of [3, 5, 8])
          if (await attempt(body.overview, { details, rows, fill })) legible.push(last(tried));
        if (legible.length) return largest(legible);
      }
  }
  return largest(tried);
}

function last<T>(list: readonly T[]): T {
  const item = list[list.length - 1];
  if (item === undefined) throw new Error('no layout tried');
  return item;
}

/** The drawing shown largest on the slide; the first of equals (left to right before top to bottom). */
function largest(list: readonly ArchitectureDrawing[]): ArchitectureDrawing {
  return list.reduce((best, d) => (fitScale(d) > fitScale(best) + 1e-9 ? d : best), last(list.slice(0, 1)));
}
