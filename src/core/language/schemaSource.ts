import schemaJson from '../../../schemas/presales.schema.json';
import zhAnnotationsJson from '../../../schemas/presales.schema.zh-CN.json';
import type { JsonSchema, SchemaAnnotation, SchemaContext } from './schemaAt';

/**
 * The format's schema and its Chinese annotations, bundled (no file access at run time, so the
 * core stays pure). Built on first use by whoever needs it, not at module load.
 */
export function proposalSchema(): SchemaContext {
  const annotations: Record<string, SchemaAnnotation> = {};
  for (const [pointer, value] of Object.entries(zhAnnotationsJson as Record<string, unknown>)) {
    if (pointer.startsWith('$') || !value || typeof value !== 'object') continue;
    annotations[pointer] = value as SchemaAnnotation;
  }
  return { root: schemaJson as JsonSchema, zhAnnotations: annotations };
}
