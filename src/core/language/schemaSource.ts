import schemaJson from '../../../schemas/presales.schema.json';
import zhAnnotationsJson from '../../../schemas/presales.schema.zh-CN.json';
import { schemaContextFrom } from './schemaContext';
import type { SchemaContext } from './schemaAt';

/** The format's schema and its Chinese annotations, bundled (tests, CLI, the editor's check worker). */
export function proposalSchema(): SchemaContext {
  return schemaContextFrom(schemaJson, zhAnnotationsJson);
}
