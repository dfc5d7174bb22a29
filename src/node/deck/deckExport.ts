import { buildDeck } from '../../core/deck/buildDeck';
import type { Deck } from '../../core/deck/deckModel';
import { buildDocument } from '../../core/export/documents';
import { label, type ExportOnlyLabelKey } from '../../core/export/exportLabels';
import { diagramSources, type DiagramSource, type RenderedDiagram } from '../../core/export/documentModel';
import {
  LABELS_MIN_SCALE,
  architectureElkGraph,
  fitScale,
  placeArchitecture,
  type ArchitectureDrawing,
} from '../../core/layout/architectureLayout';
import type { ArchitectureGraphSpec } from '../../core/deck/deckModel';
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
  let architecture: ArchitectureDrawing | undefined;
  for (const slide of deck.slides) {
    if (slide.body.kind !== 'architecture') continue;
    architecture = await layOut(slide.body.graph);
  }
  let picture: DeckPicture | undefined;
  if (deck.slides.some((s) => s.body.kind === 'architecturePicture')) {
    // The same Mermaid source the documents draw, from the same customer view.
    const sources = diagramSources(buildDocument('proposal', job.proposal)).filter((s) => s.id === 'architecture');
    const answer = sources.length ? await job.drawPicture(sources) : { note: deckNotes.pictureSkipped() };
    if (answer.drawn?.png) picture = { png: answer.drawn.png, width: answer.drawn.width, height: answer.drawn.height };
    if (answer.note) notes.push(answer.note);
  }
  const content = await toPptx(deck, {
    look,
    ...(architecture ? { architecture } : {}),
    ...(picture ? { picture } : {}),
  });
  return { content, deck, pictures: picture ? 1 : 0, notes };
}

/**
 * The shared ELK options first (the preview's left-to-right layers, labels given room). When that
 * comes out too wide for a slide to read, the labels leave the layout (the notes list every
 * connection) and top-to-bottom is tried too; the larger of the two wins.
 */
async function layOut(spec: ArchitectureGraphSpec): Promise<ArchitectureDrawing> {
  const first = placeArchitecture(spec, await layoutWithElk(architectureElkGraph(spec)), true);
  if (fitScale(first) >= LABELS_MIN_SCALE || spec.connections.every((c) => !c.label)) return first;
  const right = placeArchitecture(spec, await layoutWithElk(architectureElkGraph(spec, { edgeLabels: false })), false);
  const down = placeArchitecture(
    spec,
    await layoutWithElk(architectureElkGraph(spec, { edgeLabels: false, direction: 'DOWN' })),
    false,
  );
  // Left to right reads as the preview does: top-to-bottom only when clearly larger on the slide.
  return fitScale(down) > fitScale(right) * 1.15 ? down : right;
}
