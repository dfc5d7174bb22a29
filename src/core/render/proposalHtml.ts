import { proposalLanguage } from '../messages/localize';
import type { DiagramId } from '../export/documentModel';
import type { IsoDate, Language, Proposal } from '../model';
import type { ParsedProposal } from '../parse';
import { Locator, type ValuePath } from '../locate';
import type { CostRollup, Schedule } from '../schedule/types';
import { customerCost, customerSchedule, customerView } from '../export/customerView';
import { highRiskThreshold } from '../risk';
import { sourceHash } from './sourceHash';
import { fieldMarkdown, type MarkdownRenderer } from './markdown';
import { neutraliseModel } from '../text/controls';
import { diagramNodeLines, sectionHtml, type BlockHtmlEnv } from './blockHtml';
import { DocumentBuilder, type Audience, type DocumentContext } from '../export/documentBuilder';
import { requirementsSection } from '../sections/requirements';
import { goalsSection } from '../sections/goals';
import { technologySection } from '../sections/technology';
import { riskSection } from '../sections/risks';
import { engagementSection } from '../sections/engagement';
import { feasibilitySection } from '../sections/feasibility';
import { timelineSection } from '../sections/timeline';
import { architectureSection } from '../sections/architecture';
import { traceabilitySection } from '../sections/traceability';
import { budgetSection } from '../sections/budget';
import { teamSection } from '../sections/team';
import { demoSection } from '../sections/demo';
import { salesSection } from '../sections/sales';
import { coverSection } from '../sections/cover';

export type { Audience } from '../export/documentBuilder';

/** A Mermaid diagram the caller must draw into its placeholder. */
export interface RenderedDiagram {
  key: DiagramId;
  source: string;
  hash: string;
  /** Mermaid node id -> 0-based source line, for click-to-reveal. */
  nodeLines: Record<string, number>;
}

/** What a render needs: the check result's proposal, schedule and cost, and (for line numbers) the parse. */
export interface ProposalRenderInput {
  proposal: Proposal;
  schedule: Schedule;
  cost: CostRollup;
  /** When given, rows and sections carry `data-line` (0-based) for scroll sync and click-to-reveal. */
  parsed?: ParsedProposal;
}

export interface ProposalHtmlOptions {
  lang?: Language;
  /** `customer` leaves out internal content; `internal` (the preview) shows it with a badge. Default customer. */
  audience?: Audience;
  /** For the gantt's today marker. */
  today?: IsoDate;
  maxNodes?: number;
  /** Where high risk starts in the matrix and register; default DEFAULT_HIGH_RISK_THRESHOLD. */
  highRiskThreshold?: number;
}

export interface RenderedSection {
  /** Stable key: the webview replaces a section in place when its html changes. */
  key: string;
  html: string;
}

export interface RenderedProposal {
  lang: Language;
  title: string;
  sections: RenderedSection[];
  diagrams: RenderedDiagram[];
}

/** One preview render: what every section reads, and the diagrams the sections collect. Nothing is kept between renders. */
interface PreviewRun {
  ctx: DocumentContext;
  md: MarkdownRenderer;
  /** 0-based line of the value at `path`, when the source document is known. */
  line(path: ValuePath): number | undefined;
  diagrams: RenderedDiagram[];
}

type SectionRenderer = (run: PreviewRun) => string | undefined;
type SectionWriter = (b: DocumentBuilder, ctx: DocumentContext) => void;

/** A section from its builder (the one the exported documents use), drawn for the preview. */
function shared(key: string, path: ValuePath, write: SectionWriter): SectionRenderer {
  return (run) => {
    const b = new DocumentBuilder(run.ctx.lang);
    write(b, run.ctx);
    if (b.blocks.length === 0) return undefined;
    for (const block of b.blocks) {
      if (block.type !== 'diagram') continue;
      run.diagrams.push({
        key: block.id,
        source: block.mermaid,
        hash: block.hash ?? sourceHash(block.mermaid),
        nodeLines: diagramNodeLines(block, run.line),
      });
    }
    const env: BlockHtmlEnv = { mode: 'preview', md: run.md, line: run.line };
    return sectionHtml({ key, path, blocks: b.blocks }, env);
  };
}

/** Order of the proposal document. */
const SECTIONS: ReadonlyArray<[string, SectionRenderer]> = [
  ['cover', shared('cover', ['proposal'], (b, c) => coverSection(b, c, 1))],
  ['requirements', shared('requirements', ['requirements'], (b, c) => requirementsSection(b, c, 1, false))],
  ['goals', shared('goals', ['goals'], (b, c) => goalsSection(b, c, 1))],
  ['architecture', shared('architecture', ['architecture'], (b, c) => architectureSection(b, c, 1))],
  ['technology', shared('technology', ['technology'], (b, c) => technologySection(b, c, 1))],
  ['timeline', shared('timeline', ['plan'], (b, c) => timelineSection(b, c, 1))],
  ['team', shared('team', ['team'], (b, c) => teamSection(b, c, 1))],
  ['budget', shared('budget', ['budget'], (b, c) => budgetSection(b, c, 1))],
  ['risks', shared('risks', ['risks'], (b, c) => riskSection(b, c, 1, false))],
  ['traceability', shared('traceability', ['requirements'], (b, c) => traceabilitySection(b, c, 1))],
  ['feasibility', shared('feasibility', ['feasibility'], (b, c) => feasibilitySection(b, c, 1))],
  ['engagement', shared('engagement', ['communication'], (b, c) => engagementSection(b, c, 1))],
  ['demo', shared('demo', ['demo'], (b, c) => demoSection(b, c, 1))],
  ['sales', shared('sales', ['sales'], (b, c) => salesSection(b, c, 1))],
];

/**
 * The proposal as HTML sections. Every piece of document text is escaped or goes through
 * markdown-it with raw HTML off; diagrams are placeholders (`div.diagram[data-diagram]` holding the
 * escaped Mermaid source) which the preview webview or the export's headless browser fill with SVG.
 */
export function renderProposalHtml(input: ProposalRenderInput, options: ProposalHtmlOptions = {}): RenderedProposal {
  const p = neutraliseModel(input.proposal);
  const lang: Language = options.lang ?? proposalLanguage(p);
  const audience = options.audience ?? 'customer';
  // The customer sees the whole plan's dates and labour, without the tasks, people and lines it hides.
  const view = audience === 'customer' ? customerView(input.proposal) : undefined;
  const run: PreviewRun = {
    ctx: {
      p,
      schedule: neutraliseModel(view ? customerSchedule(input.schedule, view) : input.schedule),
      cost: neutraliseModel(view ? customerCost(input.proposal, view, input.schedule) : input.cost),
      lang,
      highRiskThreshold: highRiskThreshold(options.highRiskThreshold),
      audience,
      view: 'preview',
      ...(options.today ? { today: options.today } : {}),
      ...(options.maxNodes ? { maxNodes: options.maxNodes } : {}),
    },
    md: fieldMarkdown(),
    line: lineFinder(input.parsed),
    diagrams: [],
  };
  const sections: RenderedSection[] = [];
  for (const [key, render] of SECTIONS) {
    const html = render(run);
    if (html !== undefined) sections.push({ key, html });
  }
  return { lang, title: p.proposal?.title ?? '', sections, diagrams: run.diagrams };
}

/** All sections as one HTML fragment (for exports that want a single body). */
export function proposalBodyHtml(r: RenderedProposal): string {
  return r.sections.map((s) => s.html).join('\n');
}

function lineFinder(parsed: ParsedProposal | undefined): (path: ValuePath) => number | undefined {
  if (!parsed) return () => undefined;
  // One locator for the whole render: it indexes the large maps once instead of per row.
  const locator = new Locator(parsed.document);
  return (path) => {
    const span = locator.locate(path);
    return parsed.lineCounter.linePos(span.offset).line - 1;
  };
}
