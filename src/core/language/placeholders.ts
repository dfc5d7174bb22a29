import type { Language } from '../model';
import { pick } from '../messages/localize';
import { ID_PATTERN } from '../entities';
import { MSG } from './messages';
import { enumValuesOf, typesOf, type ResolvedSchema, type SchemaContext } from './schemaAt';

/** A YAML value text that satisfies a property's schema well enough to be valid and obviously unfinished. */
export function placeholderFor(
  ctx: SchemaContext,
  schemas: ResolvedSchema[],
  lang: Language,
  fallbackDate: string,
): string {
  const enums = enumValuesOf(ctx, schemas, lang);
  const firstEnum = enums[0];
  if (firstEnum !== undefined)
    return typeof firstEnum.value === 'string' ? yamlString(firstEnum.value) : String(firstEnum.value);
  const types = typesOf(schemas);
  const patterns = schemas.map((s) => s.node.pattern).filter((p): p is string => p !== undefined);
  if (types.has('string') && patterns.some((p) => p.includes('\\d{4}'))) return fallbackDate;
  if (types.has('string')) return yamlString(pick(MSG.placeholder, lang));
  if (types.has('integer') || types.has('number')) {
    const min = schemas.map((s) => s.node.minimum).find((m): m is number => m !== undefined);
    return String(Math.max(min ?? 1, 1));
  }
  if (types.has('boolean')) return 'false';
  if (types.has('array')) return '[]';
  if (types.has('object')) return '{}';
  return yamlString(pick(MSG.placeholder, lang));
}

/** Quotes a string only when YAML would not read it back as that same string. */
export function yamlString(s: string): string {
  if (
    /^[\p{L}\p{N}_][\p{L}\p{N}_ .\-/]*$/u.test(s) &&
    !/^(null|true|false|yes|no|on|off|~)$/i.test(s) &&
    !/^[\d.+-]/.test(s) &&
    !/\s$/.test(s)
  )
    return s;
  return JSON.stringify(s);
}

/**
 * The next free id in the same family: `REQ-007` with REQ-001..REQ-025 in use → `REQ-026`
 * (same prefix, same zero padding); an id without a number gets `-2`, `-3`...
 */
export function nextFreeId(id: string, used: ReadonlySet<string>): string {
  const m = /^(.*?)(\d+)$/.exec(id);
  if (m && m[1] !== undefined && m[2] !== undefined && ID_PATTERN.test(`${m[1]}1`)) {
    const prefix = m[1];
    const width = m[2].length;
    let max = Number(m[2]);
    for (const other of used) {
      if (!other.startsWith(prefix)) continue;
      const rest = other.slice(prefix.length);
      if (/^\d+$/.test(rest)) max = Math.max(max, Number(rest));
    }
    for (let n = max + 1; ; n++) {
      const candidate = `${prefix}${String(n).padStart(width, '0')}`;
      if (!used.has(candidate)) return candidate;
    }
  }
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
