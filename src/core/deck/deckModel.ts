import type { ViewLevel } from '../architecture/viewTypes';
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
  | ArchitectureBody
  | { kind: 'architecturePicture' }
  | { kind: 'timeline'; timeline: TimelineSpec };

/**
 * One architecture view in native shapes. `graph` is the view in full: every box, and a line per
 * connection. When that cannot be laid out legibly on one slide, the writer draws `overview`
 * instead (when there is one): the same boxes packed inside their groups.
 */
export interface ArchitectureBody {
  kind: 'architecture';
  level: ViewLevel;
  graph: ArchitectureGraphSpec;
  overview?: ArchitectureGraphSpec;
}

/**
 * Boxes, the groups around them (zones, deployment nodes: a group may sit in another) and the
 * lines between boxes or groups. Ids are the model's (or made up for a placement); the layout never
 * hands them to ELK.
 */
export interface ArchitectureGraphSpec {
  /** Parents before their children. */
  groups: Array<{ id: string; name: string; detail?: string; parent?: string }>;
  boxes: Array<{ id: string; name: string; detail: string; kind: ComponentKind; group?: string }>;
  links: Array<{ from: string; to: string; label: string; both: boolean }>;
  /**
   * `zones`: each top group a block with its boxes in even rows, the links joining groups (the
   * overview of a model too large to draw box by box); `nested`: groups and boxes packed inside
   * each other, no links (what runs where). Either may be packed to fill the slide without its
   * lines (GraphOptions.fill); the notes list the connections.
   */
  packed?: 'zones' | 'nested';
}

/** The plan on a date axis: one bar per phase, milestones as diamonds. Days are DayNumbers (days since 1970-01-01). */
export interface TimelineSpec {
  startDay: number;
  /** Inclusive. */
  endDay: number;
  phases: Array<{ name: string; startDay: number; endDay: number; critical: boolean }>;
  milestones: Array<{ name: string; day: number; date: string }>;
}
