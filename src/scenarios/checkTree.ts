/** Turns checks as written (one kind key each) into a tree the grader walks, with stable ids. */
import { COMMON_KEYS, findCheckKind } from './checks/registry';
import type { CheckKind } from './checks/types';
import type { RawCheck } from './schema';

interface NodeBase {
  /** Explicit `id:`, else the kind (deduplicated with -2, -3 …); children: `<parent>.<n>`. */
  id: string;
  /** The kind name, or all / any / not. */
  kind: string;
  /** What is required, in words: the instructor's `message`, else the kind's default. */
  message: string;
  after?: string;
  latch: boolean;
  /** Path of the check in the file, e.g. ['steps', 0, 'checks', 1], for error positions. */
  path: (string | number)[];
}

/** One node of a step's check tree. */
export type CheckNode = NodeBase &
  (
    | { type: 'check'; check: CheckKind; args: unknown }
    | { type: 'all' | 'any'; children: CheckNode[] }
    | { type: 'not'; child: CheckNode }
  );

/** The single kind key of a check as written (validated before this runs). */
export function kindKeyOf(raw: RawCheck): string {
  return Object.keys(raw).find((k) => !(COMMON_KEYS as readonly string[]).includes(k)) ?? '';
}

/** Builds the nodes of one step; `taken` collects ids across the scenario for deduplication. */
export function buildCheckNodes(raws: RawCheck[], basePath: (string | number)[], taken: Set<string>): CheckNode[] {
  return raws.map((raw, i) => buildNode(raw, [...basePath, i], undefined, taken));
}

function buildNode(raw: RawCheck, path: (string | number)[], parentId: string | undefined, taken: Set<string>): CheckNode {
  const kind = kindKeyOf(raw);
  const id = raw.id ?? (parentId ? `${parentId}.${String(path[path.length - 1]! as number + 1)}` : uniqueId(kind, taken));
  taken.add(id);
  const base = { id, kind, latch: raw.latch === true, path, ...(raw.after !== undefined ? { after: raw.after } : {}) };
  const value = raw[kind];
  if (kind === 'all' || kind === 'any') {
    const children = (value as RawCheck[]).map((c, i) => buildNode(c, [...path, kind, i], id, taken));
    const joined = children.map((c) => c.message).join('; ');
    return { ...base, type: kind, children, message: raw.message ?? (kind === 'all' ? `All of: ${joined}` : `One of: ${joined}`) };
  }
  if (kind === 'not') {
    const child = buildNode(value as RawCheck, [...path, 'not'], id, taken);
    return { ...base, type: 'not', child, message: raw.message ?? `Not: ${child.message}` };
  }
  const check = findCheckKind(kind);
  if (!check) throw new Error(`unvalidated check kind ${kind}`);
  return { ...base, type: 'check', check, args: value, message: raw.message ?? check.describe(value) };
}

function uniqueId(kind: string, taken: Set<string>): string {
  if (!taken.has(kind)) return kind;
  let n = 2;
  while (taken.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}

/** Every node of a tree, parents before children. */
export function* walkNodes(nodes: readonly CheckNode[]): Generator<CheckNode> {
  for (const n of nodes) {
    yield n;
    if (n.type === 'all' || n.type === 'any') yield* walkNodes(n.children);
    if (n.type === 'not') yield* walkNodes([n.child]);
  }
}
