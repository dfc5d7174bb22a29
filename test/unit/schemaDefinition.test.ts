import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import * as ts from 'typescript';
import { repoRoot as root } from '../support/repo';

const schemaFile = path.join(root, 'schemas', 'presales.schema.json');

type SchemaNode = { [key: string]: unknown };
const isNode = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);

function readJson(file: string): SchemaNode {
  const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(isNode(value));
  return value;
}

const schema = readJson(schemaFile);
const zh = readJson(path.join(root, 'schemas', 'presales.schema.zh-CN.json'));
const definitions = schema['definitions'] as Record<string, SchemaNode>;
const ANNOTATIONS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets'];

/** Every schema node with its JSON pointer; `isProperty` for the values of a `properties` map. */
function walk(visit: (node: SchemaNode, pointer: string, isProperty: boolean) => void): void {
  const esc = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');
  (function go(node: unknown, pointer: string, isProperty: boolean): void {
    if (!isNode(node)) return;
    visit(node, pointer, isProperty);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' || k === 'definitions') {
        if (isNode(v))
          for (const [name, child] of Object.entries(v)) go(child, `${pointer}/${k}/${esc(name)}`, k === 'properties');
      } else if (k === 'items' || k === 'additionalProperties') {
        go(v, `${pointer}/${k}`, false);
      } else if (k === 'oneOf' || k === 'anyOf' || k === 'allOf') {
        if (Array.isArray(v)) v.forEach((child, i) => go(child, `${pointer}/${k}/${i}`, false));
      }
    }
  })(schema, '', false);
}

describe('schema: presales.schema.json is a sound draft-07 schema', () => {
  it('declares draft-07, an $id and the required format version key', () => {
    assert.equal(schema['$schema'], 'http://json-schema.org/draft-07/schema#');
    assert.match(String(schema['$id']), /^https:\/\/.+presales\.schema\.json$/);
    assert.deepEqual(schema['required'], ['presales', 'proposal']);
    const presales = (schema['properties'] as Record<string, SchemaNode>)['presales'];
    assert.deepEqual(presales?.['enum'], ['1.0']);
    assert.deepEqual(definitions['proposalInfo']?.['required'], ['title']);
  });

  it('passes the draft-07 meta-schema and compiles in ajv strict mode with only our annotation keywords added', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addVocabulary(ANNOTATIONS);
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    const validate = ajv.compile(schema);
    assert.equal(validate({ presales: '1.0', proposal: { title: 'X' } }), true);
    assert.equal(validate({ presales: '1.0', proposal: {} }), false);
  });

  it('gives every property a title and a description', () => {
    const missing: string[] = [];
    walk((node, pointer, isProperty) => {
      if (!isProperty) return;
      if (typeof node['title'] !== 'string' || node['title'] === '') missing.push(`${pointer} title`);
      if (typeof node['description'] !== 'string' || node['description'] === '') missing.push(`${pointer} description`);
    });
    assert.deepEqual(missing, []);
  });

  it('describes every enum value (enumDescriptions and markdownEnumDescriptions)', () => {
    const problems: string[] = [];
    let enums = 0;
    walk((node, pointer) => {
      const values = node['enum'];
      if (!Array.isArray(values)) return;
      enums++;
      for (const k of ['enumDescriptions', 'markdownEnumDescriptions']) {
        const d = node[k];
        if (!Array.isArray(d) || d.length !== values.length || d.some((x) => typeof x !== 'string' || x === ''))
          problems.push(`${pointer} ${k}`);
      }
    });
    assert.deepEqual(problems, []);
    assert.ok(enums >= 20, `only ${enums} enums`);
  });

  it('closes every object (additionalProperties: false), so typos in keys are caught', () => {
    const open: string[] = [];
    walk((node, pointer) => {
      if (node['type'] === 'object' || isNode(node['properties']))
        if (node['additionalProperties'] !== false) open.push(pointer);
    });
    assert.deepEqual(open, []);
  });

  it('uses the shared id and date definitions with the agreed patterns', () => {
    assert.equal(definitions['id']?.['pattern'], '^[A-Za-z][A-Za-z0-9_.-]*$');
    assert.equal(definitions['date']?.['pattern'], '^\\d{4}-\\d{2}-\\d{2}$');
    const wrong: string[] = [];
    // The customer's own RFP id is kept verbatim (4.2.1, 二.3), and the id column is a column letter.
    const notOurIds = ['/definitions/requirementRfp/properties/id', '/definitions/rfpColumns/properties/id'];
    walk((node, pointer, isProperty) => {
      if (
        isProperty &&
        /\/properties\/id$/.test(pointer) &&
        node['$ref'] !== '#/definitions/id' &&
        !notOurIds.includes(pointer)
      )
        wrong.push(pointer);
      if (
        isProperty &&
        (/\/properties\/(date|deadline|due|neededBy|start)$/.test(pointer) ||
          pointer === '/definitions/holiday/properties/to') &&
        node['$ref'] !== '#/definitions/date'
      )
        wrong.push(pointer);
    });
    assert.deepEqual(wrong, []);
  });

  it('bounds likelihood, impact, allocation, contingency and lag as agreed', () => {
    const prop = (def: string, key: string): SchemaNode =>
      (definitions[def]?.['properties'] as Record<string, SchemaNode>)[key] ?? {};
    assert.deepEqual(
      [
        prop('risk', 'likelihood')['type'],
        prop('risk', 'likelihood')['minimum'],
        prop('risk', 'likelihood')['maximum'],
      ],
      ['integer', 1, 5],
    );
    assert.deepEqual(
      [prop('risk', 'impact')['type'], prop('risk', 'impact')['minimum'], prop('risk', 'impact')['maximum']],
      ['integer', 1, 5],
    );
    assert.deepEqual(
      [prop('teamMember', 'allocation')['minimum'], prop('teamMember', 'allocation')['maximum']],
      [0, 100],
    );
    assert.deepEqual([prop('budget', 'contingency')['minimum'], prop('budget', 'contingency')['maximum']], [0, 100]);
    assert.equal(prop('dependencyLink', 'lag')['type'], 'integer');
  });

  it('says what every reference field references', () => {
    const vague: string[] = [];
    walk((node, pointer, isProperty) => {
      if (!isProperty || /\/properties\/id$/.test(pointer)) return;
      const items = node['items'];
      const isRef = node['$ref'] === '#/definitions/id' || (isNode(items) && items['$ref'] === '#/definitions/id');
      if (isRef && !/\[\]\.id|related|Ids of anything/.test(String(node['description']))) vague.push(pointer);
    });
    assert.deepEqual(vague, []);
  });
});

describe('schema: the Chinese hover texts (presales.schema.zh-CN.json)', () => {
  it('has a Chinese title and description for every property and every definition', () => {
    const missing: string[] = [];
    walk((_node, pointer, isProperty) => {
      if (!isProperty && !/^\/definitions\/[^/]+$/.test(pointer)) return;
      const entry = zh[pointer];
      if (!isNode(entry) || !/[\u4e00-\u9fff]/.test(String(entry['title']) + String(entry['description'])))
        missing.push(pointer);
    });
    assert.deepEqual(missing, []);
  });

  it('has a Chinese title and description for every enum value', () => {
    const missing: string[] = [];
    walk((node, pointer) => {
      const values = node['enum'];
      if (!Array.isArray(values)) return;
      values.forEach((v, i) => {
        const entry = zh[`${pointer}/enum/${i}`];
        if (!isNode(entry) || entry['value'] !== v || !/[\u4e00-\u9fff]/.test(String(entry['description'])))
          missing.push(`${pointer}/enum/${i}`);
      });
    });
    assert.deepEqual(missing, []);
  });

  it('has no entry for a pointer the schema does not have (no stale texts)', () => {
    const known = new Set<string>(['']);
    walk((node, pointer) => {
      known.add(pointer);
      if (Array.isArray(node['enum'])) node['enum'].forEach((_v, i) => known.add(`${pointer}/enum/${i}`));
    });
    assert.deepEqual(
      Object.keys(zh).filter((k) => !k.startsWith('$') && !known.has(k)),
      [],
    );
  });
});

/**
 * model.ts mirrors the schema: read its interfaces with the TypeScript compiler and compare each
 * one's keys (and string-literal unions) with the schema definition of the same name.
 */
describe('schema: src/core/model.ts mirrors the schema exactly', () => {
  const program = ts.createProgram([path.join(root, 'src', 'core', 'model.ts')], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path.join(root, 'src', 'core', 'model.ts'));
  assert.ok(source);
  const interfaces = source.statements.filter(ts.isInterfaceDeclaration);

  function definitionFor(name: string): SchemaNode | undefined {
    if (name === 'Proposal') return schema;
    return definitions[name.charAt(0).toLowerCase() + name.slice(1)];
  }

  function literalValues(type: ts.Type): string[] | undefined {
    const t = checker.getNonNullableType(type);
    const element = checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : t;
    if (!element?.isUnion() || !element.types.every((m) => m.isStringLiteral())) return undefined;
    return element.types.map((m) => m.value).sort();
  }

  it('has a schema definition for every interface', () => {
    assert.deepEqual(
      interfaces.map((i) => i.name.text).filter((n) => !definitionFor(n)),
      [],
    );
  });

  for (const decl of interfaces) {
    it(`${decl.name.text}: same keys and allowed values`, () => {
      const def = definitionFor(decl.name.text);
      assert.ok(def);
      const properties = def['properties'] as Record<string, SchemaNode>;
      const modelKeys = decl.members.filter(ts.isPropertySignature).map((m) => m.name.getText(source));
      assert.deepEqual([...modelKeys].sort(), Object.keys(properties).sort());
      for (const member of decl.members.filter(ts.isPropertySignature)) {
        const values = literalValues(checker.getTypeAtLocation(member));
        if (!values) continue;
        const prop = properties[member.name.getText(source)] ?? {};
        const items = prop['items'];
        const schemaEnum = (isNode(items) ? items['enum'] : prop['enum']) as string[] | undefined;
        assert.deepEqual([...(schemaEnum ?? [])].sort(), values, `${decl.name.text}.${member.name.getText(source)}`);
      }
    });
  }

  it('says "Markdown allowed" exactly on the fields model.ts types as Markdown', () => {
    const mismatches: string[] = [];
    for (const decl of interfaces) {
      const properties = definitionFor(decl.name.text)?.['properties'] as Record<string, SchemaNode> | undefined;
      for (const member of decl.members.filter(ts.isPropertySignature)) {
        const name = member.name.getText(source);
        const isMarkdown = /^Markdown(\[\])?$/.test(member.type?.getText(source) ?? '');
        const says = /Markdown allowed/.test(String(properties?.[name]?.['description']));
        if (isMarkdown !== says) mismatches.push(`${decl.name.text}.${name}`);
      }
    }
    assert.deepEqual(mismatches, []);
  });

  it('the dependency object and the feasibility benefits (inline types in model.ts) match too', () => {
    assert.deepEqual(Object.keys(definitions['dependencyLink']?.['properties'] as SchemaNode).sort(), ['lag', 'task']);
    const benefits = (definitions['feasibility']?.['properties'] as Record<string, SchemaNode>)['benefits'];
    assert.deepEqual(Object.keys(benefits?.['properties'] as SchemaNode).sort(), [
      'annualBenefit',
      'notes',
      'paybackMonths',
    ]);
  });
});

describe('schema: the generated standalone validator', () => {
  const generated = path.join(root, 'src', 'core', 'generated', 'proposalValidator.js');
  it('exports the validate function and nothing else', () => {
    const mod: unknown = require(generated);
    assert.equal(typeof mod, 'function');
    assert.deepEqual(Object.keys(mod as object), ['default']);
    assert.equal((mod as { default: unknown }).default, mod);
  });
  it('requires nothing but ajv runtime helpers', () => {
    const code = fs.readFileSync(generated, 'utf8');
    const requires = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
    assert.deepEqual(
      requires.filter((r) => !r.startsWith('ajv/dist/runtime/')),
      [],
    );
  });
});
