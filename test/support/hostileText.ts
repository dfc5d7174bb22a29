import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { repoRoot as root } from './repo';

/**
 * The hostile-text corpus: payload classes that attack Markdown, HTML, CSV, Mermaid and the eye
 * (bidi and zero-width), planted in every text field of an example, with an internal sentinel in
 * the fields a customer never sees. The unit tier exports it in every in-process format, the
 * browser tier prints it to PDF.
 */
export const EXAMPLES = ['examples/smart-factory.presales.yaml', 'examples/zhihui-kefu.presales.yaml'];
const TEXT_KEYS = new Set([
  'title',
  'subtitle',
  'confidentiality',
  'summary',
  'name',
  'industry',
  'size',
  'role',
  'background',
  'drivers',
  'currentState',
  'description',
  'solution',
  'acceptance',
  'source',
  'metric',
  'baseline',
  'target',
  'achievable',
  'overview',
  'technology',
  'protocol',
  'label',
  'area',
  'choice',
  'reason',
  'rationale',
  'licence',
  'deliverables',
  'skills',
  'item',
  'notes',
  'prevention',
  'contingency',
  'purpose',
  'channel',
  'question',
  'askedTo',
  'answer',
  'response',
  'topic',
  'audience',
  'scope',
  'environment',
  'agenda',
  'steps',
  'highlight',
  'strengths',
  'weaknesses',
  'ourAdvantage',
  'authors',
]);
const INTERNAL_KEYS = new Set(['internalNotes', 'negotiationNotes']);
export const SENTINEL = 'INTERNAL-SENTINEL-7Q';
/** Plain text that must arrive whole in every format (hostile to Markdown, HTML, CSV and Mermaid alike). */
export const PLAIN = `Tom & Jerry <b>x</b> "q" 'a' | [y] {z} (w) # ; % 100 $ ~ ^ = : @ \\ 订单 ${'long'.repeat(3)}`;

export const PAYLOADS: ReadonlyArray<[string, string]> = [
  ['backtick run', '``<img src=x onerror=alert(1)>`'],
  ['raw html', '<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="javascript:alert(1)">'],
  [
    'links',
    '[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](vbscript:x) <javascript:alert(1)> [ok](https://example.com)',
  ],
  ['remote image', '![pixel](https://tracker.example/p.gif) ![d](data:image/png;base64,AAAA)'],
  [
    'mermaid fence',
    '```mermaid\n%%{init: {"securityLevel":"loose"}}%%\ngraph TD\nA-->B\nclick A "javascript:alert(1)"\n```',
  ],
  ['multi-line', 'Line one\n===\n- x\n# heading\n    indented\n1. y'],
  ['heading', '# Top heading\n\n## Second'],
  ['bidi', `Invoice\u202Egnp.exe \u2066x\u2069 z\u200Bw\u2060v\uFEFFu`],
  ['controls', 'bell\u0007 esc\u001B del\u007F c1\u0085'],
  ['long line', 'w'.repeat(10_000)],
  ['mermaid ids', 'end'],
  ['graph', 'graph'],
  ['click', 'click n0 call alert(1)'],
  ['subgraph', 'subgraph'],
  ['style', 'style n0 fill:#f00'],
  ['csv formula', '=HYPERLINK("http://x","y")'],
  ['plain', PLAIN],
];

/** The example's YAML with `payload` in every text field and the sentinel in the internal notes. */
export function hostileYaml(example: string, payload: string): string {
  const data: unknown = parse(readFileSync(path.join(root, example), 'utf8'));
  // `support.channels[].channel` is a choice from a list (phone, email...) and `environment` is text
  // only in `demo` (a view's or a deployment node's names an environment by id): a payload there is a
  // schema error that stops an export, so they keep their value.
  const isText = (key: string, parent: string): boolean =>
    TEXT_KEYS.has(key) &&
    !(key === 'channel' && parent === 'channels') &&
    !(key === 'environment' && parent !== 'demo');
  const walk = (v: unknown, key: string, parent: string): unknown => {
    if (INTERNAL_KEYS.has(key)) return SENTINEL;
    if (typeof v === 'string') return isText(key, parent) ? payload : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key, parent));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k, key)]));
    return v;
  };
  return stringify(walk(data, '', ''), { lineWidth: 0 });
}

/** Characters no output may keep: bidi controls, zero-width characters and other controls. */
export const HIDDEN =
  /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
