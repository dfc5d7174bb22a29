import type { JsonSchema, SchemaAnnotation, SchemaContext } from './schemaAt';

/**
 * A SchemaContext from the two JSON documents (`schemas/presales.schema.json` and its zh-CN
 * annotations, keyed by JSON pointer). Tests, the CLI and the editor's check worker import them
 * (./schemaSource.ts); dist/extension.js never carries them (the language features run in the worker).
 */
export function schemaContextFrom(schema: unknown, zhAnnotations: unknown): SchemaContext {
  const root: JsonSchema = schema && typeof schema === 'object' ? schema : {};
  const annotations: Record<string, SchemaAnnotation> = {};
  if (zhAnnotations && typeof zhAnnotations === 'object') {
    for (const [pointer, value] of Object.entries(zhAnnotations as Record<string, unknown>)) {
      if (pointer.startsWith('$') || !value || typeof value !== 'object') continue;
      annotations[pointer] = value;
    }
  }
  return { root, zhAnnotations: annotations };
}
