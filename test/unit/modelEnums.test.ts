// The schema is what validation uses; model.ts keeps each enum once more as an `as const` array, from
// which the TypeScript types, the normalizer's accepted values and the label tables are derived.
// These tests hold every array to the schema's `enum`, so the two cannot drift.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as model from '../../src/core/model';
import { normalizeProposal } from '../../src/core/normalize';
import { enumLabel } from '../../src/core/render/enumLabels';

const root = path.resolve(__dirname, '../../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'presales.schema.json'), 'utf8')) as unknown;

type Segment = string | number;

interface ModelEnum {
  values: readonly string[];
  /** JSON pointer of the schema node that holds the `enum`. */
  pointer: string;
  /** Where a value sits in a proposal, to check what the normalizer keeps. */
  at: readonly Segment[];
  /** Shown in documents as a word (render/enumLabels.ts). */
  labelled: boolean;
}

/** The names of the enum arrays model.ts exports: a table below that leaves one out does not compile. */
type EnumName = {
  [K in keyof typeof model]: (typeof model)[K] extends readonly string[] ? K : never;
}[keyof typeof model];

/** Each enum's schema node (below /definitions/) and where a value sits in a proposal. */
const PLACES: Record<EnumName, [node: string, at: readonly Segment[]]> = {
  LANGUAGES: ['proposalInfo/properties/language', ['proposal', 'language']],
  PROPOSAL_STATUSES: ['proposalInfo/properties/status', ['proposal', 'status']],
  REQUIREMENT_TYPES: ['requirement/properties/type', ['requirements', 0, 'type']],
  PRIORITIES: ['requirement/properties/priority', ['requirements', 0, 'priority']],
  RFP_MARKS: ['requirementRfp/properties/mark', ['requirements', 0, 'rfp', 'mark']],
  RFP_KINDS: ['rfpSource/properties/kind', ['rfp', 'kind']],
  COMPONENT_KINDS: ['component/properties/kind', ['architecture', 'components', 0, 'kind']],
  CONNECTION_DIRECTIONS: ['connection/properties/direction', ['architecture', 'connections', 0, 'direction']],
  WEEKDAYS: ['calendar/properties/workingDays/items', ['plan', 'calendar', 'workingDays', 0]],
  ORGANISATIONS: ['teamMember/properties/organisation', ['team', 0, 'organisation']],
  RESOURCE_KINDS: ['technicalResource/properties/kind', ['resources', 0, 'kind']],
  RESOURCE_PROVIDERS: ['technicalResource/properties/provider', ['resources', 0, 'provider']],
  BUDGET_CATEGORIES: ['budgetLine/properties/category', ['budget', 'lines', 0, 'category']],
  RECURRENCES: ['budgetLine/properties/recurring', ['budget', 'lines', 0, 'recurring']],
  RISK_CATEGORIES: ['risk/properties/category', ['risks', 0, 'category']],
  RISK_STATUSES: ['risk/properties/status', ['risks', 0, 'status']],
  CADENCES: ['communicationItem/properties/cadence', ['communication', 0, 'cadence']],
  QUESTION_STATUSES: ['openQuestion/properties/status', ['questions', 0, 'status']],
  TRAINING_FORMATS: ['trainingItem/properties/format', ['training', 0, 'format']],
  SUPPORT_CHANNELS: ['supportChannel/properties/channel', ['support', 'channels', 0, 'channel']],
  FEASIBILITY_VERDICTS: ['feasibility/properties/verdict', ['feasibility', 'verdict']],
  FEASIBILITY_DIMENSIONS: ['feasibilityAssessment/properties/dimension', ['feasibility', 'dimensions', 0, 'dimension']],
  ANSWER_STATUSES: ['complianceAnswer/properties/status', ['requirements', 0, 'answer', 'status']],
  ARCHITECTURE_VIEW_LEVELS: ['architectureView/properties/level', ['architecture', 'views', 0, 'level']],
  VIEW_SELECTION_KINDS: ['viewSelection/properties/kinds/items', ['architecture', 'views', 0, 'select', 'kinds', 0]],
  ENVIRONMENT_KINDS: ['deploymentEnvironment/properties/kind', ['deployment', 'environments', 0, 'kind']],
  NODE_KINDS: ['deploymentNode/properties/kind', ['deployment', 'nodes', 0, 'kind']],
};

/** The enums documents show as they are written, with no word of their own. */
const SHOWN_AS_WRITTEN = new Set<string>([
  'LANGUAGES',
  'RFP_MARKS',
  'RFP_KINDS',
  'CONNECTION_DIRECTIONS',
  'WEEKDAYS',
  'ARCHITECTURE_VIEW_LEVELS',
]);

/** Every enum array model.ts exports, by export name. */
const ENUMS: Record<string, ModelEnum> = Object.fromEntries(
  Object.entries(PLACES).map(([name, [node, at]]) => [
    name,
    {
      values: model[name as EnumName],
      pointer: `/definitions/${node}`,
      at,
      labelled: !SHOWN_AS_WRITTEN.has(name),
    },
  ]),
);

/** The format version is a one-value enum kept as a constant. */
const VERSION_POINTER = '/properties/presales';

function schemaNode(pointer: string): unknown {
  let node: unknown = schema;
  for (const part of pointer.split('/').slice(1)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

function schemaEnum(pointer: string): unknown {
  const node = schemaNode(pointer);
  return typeof node === 'object' && node !== null ? (node as Record<string, unknown>)['enum'] : undefined;
}

/** Every `enum` in the schema, by pointer. */
function allSchemaEnums(node: unknown, pointer: string, out: Map<string, unknown[]>): Map<string, unknown[]> {
  if (typeof node !== 'object' || node === null) return out;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record['enum'])) out.set(pointer, record['enum']);
  for (const [k, v] of Object.entries(record)) if (k !== 'enum') allSchemaEnums(v, `${pointer}/${k}`, out);
  return out;
}

/** `{ requirements: [{ type: value }] }` for at = ['requirements', 0, 'type']. */
function proposalWith(at: readonly Segment[], value: string): unknown {
  let built: unknown = value;
  for (let i = at.length - 1; i >= 0; i--) {
    const segment = at[i];
    built = typeof segment === 'number' ? [built] : { [segment ?? '']: built };
  }
  return built;
}

function valueAt(value: unknown, at: readonly Segment[]): unknown {
  let node = value;
  for (const segment of at) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

describe('model enums', () => {
  for (const [name, e] of Object.entries(ENUMS)) {
    it(`${name} is the schema's enum at ${e.pointer}, in order`, () => {
      assert.deepEqual(
        [...e.values],
        schemaEnum(e.pointer),
        `model.ts ${name} and schemas/presales.schema.json${e.pointer} differ`,
      );
    });
  }

  it('covers every enum of the schema', () => {
    const covered = new Set([...Object.values(ENUMS).map((e) => e.pointer), VERSION_POINTER]);
    const missing = [...allSchemaEnums(schema, '', new Map()).keys()].filter((p) => !covered.has(p));
    assert.deepEqual(missing, [], 'schema enums with no array in model.ts');
    assert.deepEqual(schemaEnum(VERSION_POINTER), [model.FORMAT_VERSION]);
  });

  it('lists every enum array model.ts exports', () => {
    const arrays = Object.entries(model)
      .filter(([, v]) => Array.isArray(v))
      .map(([k]) => k)
      .sort();
    assert.deepEqual(arrays, Object.keys(ENUMS).sort());
  });

  for (const [name, e] of Object.entries(ENUMS)) {
    it(`the normalizer keeps exactly the values of ${name}`, () => {
      for (const v of e.values)
        assert.equal(valueAt(normalizeProposal(proposalWith(e.at, v)), e.at), v, `${name}: ${v}`);
      // A value with no case (★) stays itself upper-cased: only probe strings that are not values.
      for (const v of ['not-a-value', e.values[0]?.toUpperCase() ?? 'X', ''].filter((x) => !e.values.includes(x))) {
        assert.equal(valueAt(normalizeProposal(proposalWith(e.at, v)), e.at), undefined, `${name}: ${v} dropped`);
      }
    });
  }

  it('gives every shown enum value a word in both languages', () => {
    for (const [name, e] of Object.entries(ENUMS)) {
      if (!e.labelled) continue;
      for (const v of e.values) {
        const en = enumLabel(v, 'en');
        const zh = enumLabel(v, 'zh-CN');
        assert.ok(en !== v && /[\u4e00-\u9fff]/.test(zh), `${name}: ${v} reads '${en}' / '${zh}'`);
      }
    }
  });
});
