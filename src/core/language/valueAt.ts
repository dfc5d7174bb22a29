import type { ValuePath } from '../locate';

/** The plain value at a path of the parsed proposal, or undefined: never throws on any shape. */
export function valueAt(root: unknown, path: ValuePath): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (node && typeof node === 'object' && !Array.isArray(node))
      node = (node as Record<string, unknown>)[String(segment)];
    else return undefined;
  }
  return node;
}

export function stringField(obj: unknown, key: string): string | undefined {
  const v = valueAt(obj, [key]);
  return typeof v === 'string' ? v : undefined;
}

export function numberField(obj: unknown, key: string): number | undefined {
  const v = valueAt(obj, [key]);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
