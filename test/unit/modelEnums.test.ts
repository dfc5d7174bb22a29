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

/** Every enum array model.ts exports, by export name. */
const ENUMS: Record<string, ModelEnum> = {
  LANGUAGES: {
    values: model.LANGUAGES,
    pointer: '/definitions/proposalInfo/properties/language',
    at: ['proposal', 'language'],
    labelled: false,
  },
  PROPOSAL_STATUSES: {
    values: model.PROPOSAL_STATUSES,
    pointer: '/definitions/proposalInfo/properties/status',
    at: ['proposal', 'status'],
    labelled: true,
  },
  REQUIREMENT_TYPES: {
    values: model.REQUIREMENT_TYPES,
    pointer: '/definitions/requirement/properties/type',
    at: ['requirements', 0, 'type'],
    labelled: true,
  },
  PRIORITIES: {
    values: model.PRIORITIES,
    pointer: '/definitions/requirement/properties/priority',
    at: ['requirements', 0, 'priority'],
    labelled: true,
  },
  RFP_MARKS: {
    values: model.RFP_MARKS,
    pointer: '/definitions/requirementRfp/properties/mark',
    at: ['requirements', 0, 'rfp', 'mark'],
    labelled: false,
  },
  RFP_KINDS: {
    values: model.RFP_KINDS,
    pointer: '/definitions/rfpSource/properties/kind',
    at: ['rfp', 'kind'],
    labelled: false,
  },
  COMPONENT_KINDS: {
    values: model.COMPONENT_KINDS,
    pointer: '/definitions/component/properties/kind',
    at: ['architecture', 'components', 0, 'kind'],
    labelled: true,
  },
  CONNECTION_DIRECTIONS: {
    values: model.CONNECTION_DIRECTIONS,
    pointer: '/definitions/connection/properties/direction',
    at: ['architecture', 'connections', 0, 'direction'],
    labelled: false,
  },
  WEEKDAYS: {
    values: model.WEEKDAYS,
    pointer: '/definitions/calendar/properties/workingDays/items',
    at: ['plan', 'calendar', 'workingDays', 0],
    labelled: false,
  },
  ORGANISATIONS: {
    values: model.ORGANISATIONS,
    pointer: '/definitions/teamMember/properties/organisation',
    at: ['team', 0, 'organisation'],
    labelled: true,
  },
  RESOURCE_KINDS: {
    values: model.RESOURCE_KINDS,
    pointer: '/definitions/technicalResource/properties/kind',
    at: ['resources', 0, 'kind'],
    labelled: true,
  },
  RESOURCE_PROVIDERS: {
    values: model.RESOURCE_PROVIDERS,
    pointer: '/definitions/technicalResource/properties/provider',
    at: ['resources', 0, 'provider'],
    labelled: true,
  },
  BUDGET_CATEGORIES: {
    values: model.BUDGET_CATEGORIES,
    pointer: '/definitions/budgetLine/properties/category',
    at: ['budget', 'lines', 0, 'category'],
    labelled: true,
  },
  RECURRENCES: {
    values: model.RECURRENCES,
    pointer: '/definitions/budgetLine/properties/recurring',
    at: ['budget', 'lines', 0, 'recurring'],
    labelled: true,
  },
  RISK_CATEGORIES: {
    values: model.RISK_CATEGORIES,
    pointer: '/definitions/risk/properties/category',
    at: ['risks', 0, 'category'],
    labelled: true,
  },
  RISK_STATUSES: {
    values: model.RISK_STATUSES,
    pointer: '/definitions/risk/properties/status',
    at: ['risks', 0, 'status'],
    labelled: true,
  },
  CADENCES: {
    values: model.CADENCES,
    pointer: '/definitions/communicationItem/properties/cadence',
    at: ['communication', 0, 'cadence'],
    labelled: true,
  },
  QUESTION_STATUSES: {
    values: model.QUESTION_STATUSES,
    pointer: '/definitions/openQuestion/properties/status',
    at: ['questions', 0, 'status'],
    labelled: true,
  },
  TRAINING_FORMATS: {
    values: model.TRAINING_FORMATS,
    pointer: '/definitions/trainingItem/properties/format',
    at: ['training', 0, 'format'],
    labelled: true,
  },
  SUPPORT_CHANNELS: {
    values: model.SUPPORT_CHANNELS,
    pointer: '/definitions/supportChannel/properties/channel',
    at: ['support', 'channels', 0, 'channel'],
    labelled: true,
  },
  FEASIBILITY_VERDICTS: {
    values: model.FEASIBILITY_VERDICTS,
    pointer: '/definitions/feasibility/properties/verdict',
    at: ['feasibility', 'verdict'],
    labelled: true,
  },
  FEASIBILITY_DIMENSIONS: {
    values: model.FEASIBILITY_DIMENSIONS,
    pointer: '/definitions/feasibilityAssessment/properties/dimension',
    at: ['feasibility', 'dimensions', 0, 'dimension'],
    labelled: true,
  },
  ANSWER_STATUSES: {
    values: model.ANSWER_STATUSES,
    pointer: '/definitions/complianceAnswer/properties/status',
    at: ['requirements', 0, 'answer', 'status'],
    labelled: true,
  },
  ARCHITECTURE_VIEW_LEVELS: {
    values: model.ARCHITECTURE_VIEW_LEVELS,
    pointer: '/definitions/architectureView/properties/level',
    at: ['architecture', 'views', 0, 'level'],
    labelled: false,
  },
  VIEW_SELECTION_KINDS: {
    values: model.VIEW_SELECTION_KINDS,
    pointer: '/definitions/viewSelection/properties/kinds/items',
    at: ['architecture', 'views', 0, 'select', 'kinds', 0],
    labelled: true,
  },
  ENVIRONMENT_KINDS: {
    values: model.ENVIRONMENT_KINDS,
    pointer: '/definitions/deploymentEnvironment/properties/kind',
    at: ['deployment', 'environments', 0, 'kind'],
    labelled: true,
  },
  NODE_KINDS: {
    values: model.NODE_KINDS,
    pointer: '/definitions/deploymentNode/properties/kind',
    at: ['deployment', 'nodes', 0, 'kind'],
    labelled: true,
  },
};

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
