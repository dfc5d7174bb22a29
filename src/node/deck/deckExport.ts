import { buildDeck } from '../../core/deck/buildDeck';
import { deckLabel } from '../../core/deck/deckLabels';
import type { Deck } from '../../core/deck/deckModel';
import { buildDocument } from '../../core/export/documents';
import { diagramSources, type DiagramSource, type RenderedDiagram } from '../../core/export/documentModel';
import {
  architectureElkGraph,
  placeArchitecture,
  type ArchitectureDrawing,
} from '../../core/layout/architectureLayout';
import type { Localized } from '../../core/messages/localize';
import type { Proposal } from '../../core/model';
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

const both = (key: Parameters<typeof deckLabel>[0], values?: Record<string, string>): Localized => ({
  en: deckLabel(key, 'en', values),
  'zh-CN': deckLabel(key, 'zh-CN', values),
});

export const deckNotes = {
  pictureSkipped: (): Localized => both('pictureSkipped'),
  pictureFailed: (reason: string): Localized => both('pictureFailed', { reason }),
};

/** Proposal -> slides (customer view) -> ELK layout of the architecture -> optional picture -> PPTX bytes. */
export async function writeDeck(job: DeckJob): Promise<WrittenDeck> {
  const deck = buildDeck(job.proposal, { diagramPicture: job.deck.diagramPictures === true });
  const look = await resolveDeckLook(job.deck, deck.lang);
  const notes: Localized[] = [];
  let architecture: ArchitectureDrawing | undefined;
  for (const slide of deck.slides) {
    if (slide.body.kind !== 'architecture') continue;
    const spec = slide.body.graph;
    architecture = placeArchitecture(spec, await layoutWithElk(architectureElkGraph(spec)));
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
