/** Maps a field path (from zod) to a line and column in the YAML source. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type FieldPath = readonly (string | number | symbol)[];

/** `steps[0].checks[1].strategyIs.maxSurge` */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? '(top level)' : out;
}

/**
 * The source offset of `path`: the node itself when it exists, the key when `pointAtKey`, else
 * the nearest enclosing node (a missing field points at the map that lacks it).
 */
export function offsetOf(doc: Document, path: FieldPath, pointAtKey = false): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return offset;
      if (pointAtKey && i === path.length - 1) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (node === undefined) return offset;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(n: unknown): number | undefined {
  return n !== null && typeof n === 'object' && 'range' in n ? (n as Node).range?.[0] : undefined;
}

/** 1-based line and column of an offset. */
export function lineColumn(lc: LineCounter, offset: number): { line: number; column: number } {
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}
