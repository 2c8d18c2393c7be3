/**
 * RFC 6902 JSON patch (`kubectl patch --type json`): add, remove, replace, move, copy, test,
 * with JSON pointers (RFC 6901, `~0` `~1`, `-` for the array end). Error texts mirror
 * gopkg.in/evanphx/json-patch.v4 as the API server returns them.
 */
import { deepClone, deepEqual, isPlainObject } from '../objectUtil';

export type JsonPatchResult = { ok: true; value: unknown } | { ok: false; decode: boolean; message: string };

type Container = Record<string, unknown> | unknown[];

function parsePointer(path: string): string[] | undefined {
  if (path === '') return [];
  if (!path.startsWith('/')) return undefined;
  return path.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Finds the container of the pointer's last token; undefined when a step is missing. */
function findParent(doc: unknown, tokens: string[]): { parent: Container; key: string } | undefined {
  let cur: unknown = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] ?? '';
    if (Array.isArray(cur)) {
      const idx = /^\d+$/.test(t) ? Number(t) : NaN;
      cur = Number.isInteger(idx) ? cur[idx] : undefined;
    } else if (isPlainObject(cur)) cur = Object.prototype.hasOwnProperty.call(cur, t) ? cur[t] : undefined;
    else return undefined;
    if (cur === undefined) return undefined;
  }
  if (!Array.isArray(cur) && !isPlainObject(cur)) return undefined;
  return { parent: cur, key: tokens[tokens.length - 1] ?? '' };
}

class PatchError extends Error {}
const err = (m: string): never => { throw new PatchError(m); };

/** The value at a pointer; `what` is the whole failure message (it names the path). */
function getAt(doc: unknown, path: string, what: string): unknown {
  const tokens = parsePointer(path) ?? err(what);
  if (tokens.length === 0) return doc;
  const { parent, key } = findParent(doc, tokens) ?? err(what);
  if (Array.isArray(parent)) {
    const i = /^\d+$/.test(key) ? Number(key) : -1;
    if (i < 0 || i >= parent.length) err(what);
    return parent[i];
  }
  if (!Object.prototype.hasOwnProperty.call(parent, key)) err(what);
  return parent[key];
}

function add(doc: unknown, path: string, value: unknown): unknown {
  const tokens = parsePointer(path) ?? err(`add operation does not apply: doc is missing path: "${path}": missing value`);
  if (tokens.length === 0) return deepClone(value);
  const loc = findParent(doc, tokens) ?? err(`add operation does not apply: doc is missing path: "${path}": missing value`);
  const { parent, key } = loc;
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : /^\d+$/.test(key) ? Number(key) : NaN;
    if (!Number.isInteger(i) || i > parent.length) err(`Unable to access invalid index: ${key}: invalid index referenced`);
    parent.splice(i, 0, deepClone(value));
  } else parent[key] = deepClone(value);
  return doc;
}

function remove(doc: unknown, path: string, op = 'remove'): unknown {
  const missing = `${op} operation does not apply: doc is missing path: "${path}": missing value`;
  const tokens = parsePointer(path) ?? err(missing);
  if (tokens.length === 0) return null;
  const { parent, key } = findParent(doc, tokens) ?? err(missing);
  if (Array.isArray(parent)) {
    const i = /^\d+$/.test(key) ? Number(key) : -1;
    if (i < 0 || i >= parent.length) err(`Unable to access invalid index: ${key}: invalid index referenced`);
    parent.splice(i, 1);
  } else {
    if (!Object.prototype.hasOwnProperty.call(parent, key)) err(missing);
    delete parent[key];
  }
  return doc;
}

function replace(doc: unknown, path: string, value: unknown): unknown {
  const tokens = parsePointer(path) ?? err(`replace operation does not apply: doc is missing key: ${path}: missing value`);
  if (tokens.length === 0) return deepClone(value);
  const { parent, key } = findParent(doc, tokens) ?? err(`replace operation does not apply: doc is missing key: ${path}: missing value`);
  if (Array.isArray(parent)) {
    const i = /^\d+$/.test(key) ? Number(key) : -1;
    if (i < 0 || i >= parent.length) err(`Unable to access invalid index: ${key}: invalid index referenced`);
    parent[i] = deepClone(value);
  } else {
    if (!Object.prototype.hasOwnProperty.call(parent, key)) err(`replace operation does not apply: doc is missing key: ${path}: missing value`);
    parent[key] = deepClone(value);
  }
  return doc;
}

function applyOp(doc: unknown, op: Record<string, unknown>): unknown {
  const kind = op.op;
  const path = typeof op.path === 'string' ? op.path : err(`${String(kind)} operation does not apply: doc is missing path: "": missing value`);
  const from = typeof op.from === 'string' ? op.from : '';
  const needValue = (): unknown => (Object.prototype.hasOwnProperty.call(op, 'value') ? op.value : err(`${String(kind)} operation, missing value field: missing value`));
  switch (kind) {
    case 'add': return add(doc, path, needValue());
    case 'remove': return remove(doc, path);
    case 'replace': return replace(doc, path, needValue());
    case 'move': {
      const v = getAt(doc, from, `move operation does not apply: doc is missing from path: ${from}: missing value`);
      return add(remove(doc, from, 'move'), path, v);
    }
    case 'copy': {
      const v = getAt(doc, from, `copy operation does not apply: doc is missing from path: ${from}: missing value`);
      return add(doc, path, v);
    }
    case 'test': {
      const expected = needValue();
      const actual = getAt(doc, path, `testing value ${path} failed: test failed`);
      return deepEqual(actual, expected) ? doc : err(`testing value ${path} failed: test failed`);
    }
    default: return err(`Unexpected kind: ${String(kind)}: unknown object type`);
  }
}

/** Applies a JSON patch (an array of operations) to a copy of `doc`. */
export function applyJsonPatch(doc: unknown, patch: unknown): JsonPatchResult {
  if (!Array.isArray(patch)) {
    return { ok: false, decode: true, message: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' };
  }
  let cur = deepClone(doc);
  try {
    for (const op of patch) {
      if (!isPlainObject(op)) return { ok: false, decode: true, message: 'json: cannot unmarshal into Go value of type jsonpatch.Operation' };
      cur = applyOp(cur, op);
    }
  } catch (e) {
    if (e instanceof PatchError) return { ok: false, decode: false, message: e.message };
    throw e;
  }
  return { ok: true, value: cur };
}
