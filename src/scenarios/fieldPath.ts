/**
 * A small JSONPath-like field path, as kubectl's `-o jsonpath` users write them without the
 * braces: `spec.strategy.rollingUpdate.maxSurge`, `spec.template.spec.containers[0].image`,
 * `status.conditions[type=Progressing].reason`, `metadata.annotations['kubernetes.io/change-cause']`.
 */

/** One step of a path. */
export type PathSegment =
  | { key: string }
  | { index: number }
  /** The first list element whose `field` (as a string) equals `value`. */
  | { field: string; value: string };

/** Parses a path, or returns the reason it is malformed. */
export function parseFieldPath(path: string): { ok: true; segments: PathSegment[] } | { ok: false; error: string } {
  const segments: PathSegment[] = [];
  let i = path.startsWith('.') ? 1 : 0;
  while (i < path.length) {
    if (path[i] === '[') {
      const close = findClose(path, i);
      if (close < 0) return { ok: false, error: `unclosed "[" at character ${i + 1}` };
      const seg = parseBracket(path.slice(i + 1, close));
      if (!seg) return { ok: false, error: `cannot read "${path.slice(i, close + 1)}": use [0], [name=value] or ['key']` };
      segments.push(seg);
      i = close + 1;
      if (path[i] === '.') i++;
      continue;
    }
    const m = /^[^.[\]]+/.exec(path.slice(i));
    if (!m) return { ok: false, error: `empty field name at character ${i + 1}` };
    segments.push({ key: m[0] });
    i += m[0].length;
    if (path[i] === '.') {
      i++;
      if (i === path.length) return { ok: false, error: 'path ends with "."' };
    }
  }
  if (segments.length === 0) return { ok: false, error: 'empty path' };
  return { ok: true, segments };
}

function findClose(path: string, open: number): number {
  const q = path[open + 1];
  if (q === "'" || q === '"') {
    const end = path.indexOf(q, open + 2);
    return end < 0 || path[end + 1] !== ']' ? -1 : end + 1;
  }
  return path.indexOf(']', open);
}

function parseBracket(inner: string): PathSegment | undefined {
  const quoted = /^(['"])(.*)\1$/.exec(inner);
  if (quoted) return { key: quoted[2]! };
  if (/^\d+$/.test(inner)) return { index: Number(inner) };
  const filter = /^([A-Za-z0-9_.-]+)\s*==?\s*(['"]?)(.*)\2$/.exec(inner);
  if (filter) return { field: filter[1]!, value: filter[3]! };
  return undefined;
}

/** Follows a parsed path into a value; `found: false` when a step is missing. */
export function resolveFieldPath(value: unknown, segments: readonly PathSegment[]): { found: boolean; value: unknown } {
  let cur: unknown = value;
  for (const seg of segments) {
    if ('key' in seg) {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg.key)) return { found: false, value: undefined };
      cur = (cur as Record<string, unknown>)[seg.key];
    } else if ('index' in seg) {
      if (!Array.isArray(cur) || seg.index >= cur.length) return { found: false, value: undefined };
      cur = cur[seg.index] as unknown;
    } else {
      if (!Array.isArray(cur)) return { found: false, value: undefined };
      const hit = (cur as unknown[]).find((el) => el !== null && typeof el === 'object' && String((el as Record<string, unknown>)[seg.field]) === seg.value);
      if (hit === undefined) return { found: false, value: undefined };
      cur = hit;
    }
  }
  return { found: true, value: cur };
}

/** A value as kubectl's jsonpath prints it: strings bare, everything else as JSON. */
export function formatValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
