import type { JsonSchema, SchemaAnnotation, SchemaContext } from './schemaAt';

/**
 * A SchemaContext from the two JSON documents (`schemas/presales.schema.json` and its zh-CN
 * annotations, keyed by JSON pointer). The extension reads them from disk so its bundle does not
 * carry 120 KB of schema text; tests and the CLI import them (./schemaSource.ts).
 */
export function schemaContextFrom(schema: unknown, zhAnnotations: unknown): SchemaContext {
  const root: JsonSchema = schema && typeof schema === 'object' ? (schema as JsonSchema) : {};
  const annotations: Record<string, SchemaAnnotation> = {};
  if (zhAnnotations && typeof zhAnnotations === 'object') {
    for (const [pointer, value] of Object.entries(zhAnnotations as Record<string, unknown>)) {
      if (pointer.startsWith('$') || !value || typeof value !== 'object') continue;
      annotations[pointer] = value as SchemaAnnotation;
    }
  }
  return { root, zhAnnotations: annotations };
}
