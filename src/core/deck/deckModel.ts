import type { ComponentKind, Language } from '../model';

/**
 * A pitch deck, format-neutral: which slides, in which order, with which native content. Built from
 * the customer view only (buildDeck.ts); the PPTX writer (src/node/deck/) decides how it looks.
 * Every text is plain text (Markdown already flattened) and every table already fits its slide: long
 * tables and lists were split into continuation slides by measured text height (deckPaging.ts).
 */
export interface Deck {
  lang: Language;
  title: string;
  subtitle: string;
  /** Customer name, for the title slide and the footer. */
  customer: string;
  confidentiality: string;
  slides: DeckSlide[];
}

export type SlideKey =
  | 'title'
  | 'situation'
  | 'coverage'
  | 'architecture'
  | 'architecturePicture'
  | 'timeline'
  | 'team'
  | 'commercial'
  | 'risks'
  | 'demo'
  | 'scenario'
  | 'nextSteps';

export interface DeckSlide {
  key: SlideKey;
  /** The slide's title as shown, "(cont.)" included on a continuation slide. */
  title: string;
  /** Speaker notes (plain text, one paragraph per entry). */
  notes: string[];
  body: SlideBody;
}

/** One column of bullets; `heading` is a small caption above it. */
export interface BulletColumn {
  heading?: string;
  bullets: Bullet[];
}

export interface Bullet {
  text: string;
  /** 0 = top level, 1 = indented. */
  level: 0 | 1;
}

export interface DeckTable {
  columns: string[];
  /** Relative widths, same length as columns. */
  widths: number[];
  rows: string[][];
  /** The last row is a total (bold). */
  totalRow?: boolean;
}

export type SlideBody =
  | { kind: 'title'; facts: string[] }
  | { kind: 'bullets'; columns: BulletColumn[]; lead?: string }
  | { kind: 'table'; table: DeckTable; lead?: string }
  | { kind: 'architecture'; graph: ArchitectureGraphSpec }
  | { kind: 'architecturePicture' }
  | { kind: 'timeline'; timeline: TimelineSpec };

/** The architecture to lay out: zones with their components, loose components, connections. */
export interface ArchitectureGraphSpec {
  zones: Array<{ id: string; name: string; components: string[] }>;
  components: Array<{ id: string; name: string; technology: string; kind: ComponentKind }>;
  connections: Array<{ from: string; to: string; label: string; both: boolean }>;
  /** True when the model was too big and each zone is one box ("Zone (12 components)"). */
  summarised: boolean;
}

/** The plan on a date axis: one bar per phase, milestones as diamonds. Days are DayNumbers (days since 1970-01-01). */
export interface TimelineSpec {
  startDay: number;
  /** Inclusive. */
  endDay: number;
  phases: Array<{ name: string; startDay: number; endDay: number; critical: boolean }>;
  milestones: Array<{ name: string; day: number; date: string }>;
}
