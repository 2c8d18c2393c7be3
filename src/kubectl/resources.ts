/**
 * Resource types as kubectl names them: plural, singular and short names, `TYPE/NAME`,
 * `TYPE NAME…`, `deploy,rs` and `all`. Mirrors the discovery data of the kinds the lab serves
 * and k8s.io/cli-runtime/pkg/resource/builder.go (argument forms and their errors).
 */
import type { Kind } from '../engine/index';
import { NAMESPACED_KINDS } from '../engine/index';

/** One API resource, as `kubectl api-resources` lists it. */
export interface ResourceType {
  kind: Kind;
  plural: string;
  singular: string;
  shortNames: readonly string[];
  /** '' for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  verbs: readonly string[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function rt(kind: Kind, plural: string, shortNames: string[], group: string, verbs = ALL_VERBS): ResourceType {
  return { kind, plural, singular: kind.toLowerCase(), shortNames, group, version: 'v1', namespaced: NAMESPACED_KINDS.has(kind), verbs };
}

/** The resources the simulated API server serves, in `api-resources` order (core group first, then by group). */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  rt('Endpoints', 'endpoints', ['ep'], ''),
  rt('Event', 'events', ['ev'], ''),
  rt('Namespace', 'namespaces', ['ns'], '', ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']),
  rt('Node', 'nodes', ['no'], ''),
  rt('Pod', 'pods', ['po'], ''),
  rt('Service', 'services', ['svc'], '', ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']),
  rt('Deployment', 'deployments', ['deploy'], 'apps'),
  rt('ReplicaSet', 'replicasets', ['rs'], 'apps'),
  rt('EndpointSlice', 'endpointslices', [], 'discovery.k8s.io'),
];

/** What `all` expands to (the kinds we serve from kubectl's "all" category), in kubectl's print order. */
const ALL_CATEGORY: readonly Kind[] = ['Pod', 'Service', 'Deployment', 'ReplicaSet'];

/** The ResourceType of a kind. */
export function resourceOf(kind: Kind): ResourceType {
  const r = RESOURCE_TYPES.find((t) => t.kind === kind);
  if (!r) throw new Error(`no resource type for kind ${kind}`);
  return r;
}

/** `deployments.apps`, `pods` — the qualified resource used in API error messages. */
export const qualifiedPlural = (r: ResourceType): string => (r.group ? `${r.plural}.${r.group}` : r.plural);
/** `deployment.apps`, `pod` — the prefix of `deployment.apps/web created`. */
export const qualifiedSingular = (r: ResourceType): string => (r.group ? `${r.singular}.${r.group}` : r.singular);

/** Resolves one type word (`deploy`, `Deployments`, `deployments.apps`, `deployments.v1.apps`); undefined when unknown. */
export function resolveType(word: string): ResourceType | undefined {
  const w = word.toLowerCase();
  for (const r of RESOURCE_TYPES) {
    const names = [r.plural, r.singular, ...r.shortNames];
    if (names.includes(w)) return r;
    for (const n of names) {
      if (r.group && (w === `${n}.${r.group}` || w === `${n}.${r.version}.${r.group}`)) return r;
      if (!r.group && w === `${n}.${r.version}`) return r;
    }
  }
  return undefined;
}

/** One requested object or a whole type (name undefined = every object of the type). */
export interface ResourceRef {
  type: ResourceType;
  name?: string;
}

export type RefsResult = { ok: true; refs: ResourceRef[]; multipleTypes: boolean } | { ok: false; error: string };

const unknownType = (w: string): RefsResult => ({ ok: false, error: `the server doesn't have a resource type "${w}"` });

function expandTypes(word: string): { ok: true; types: ResourceType[] } | { ok: false; word: string } {
  const types: ResourceType[] = [];
  for (const w of word.split(',')) {
    if (w === '') continue;
    if (w.toLowerCase() === 'all') { types.push(...ALL_CATEGORY.map(resourceOf)); continue; }
    const r = resolveType(w);
    if (!r) return { ok: false, word: w };
    if (!types.includes(r)) types.push(r);
  }
  return { ok: true, types };
}

/** Parses resource arguments the way the resource builder does: `TYPE/NAME…` or `TYPE[,TYPE] [NAME…]`. */
export function parseResourceArgs(args: readonly string[]): RefsResult {
  if (args.length === 0) return { ok: true, refs: [], multipleTypes: false };
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      return { ok: false, error: "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'" };
    }
    const refs: ResourceRef[] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      const type = resolveType(a.slice(0, i));
      if (!type) return unknownType(a.slice(0, i));
      const name = a.slice(i + 1);
      if (name === '') return { ok: false, error: `arguments in resource/name form must have a single resource and name` };
      refs.push({ type, name });
    }
    return { ok: true, refs, multipleTypes: new Set(refs.map((r) => r.type)).size > 1 };
  }
  const [typeWord = '', ...names] = args;
  const types = expandTypes(typeWord);
  if (!types.ok) return unknownType(types.word);
  if (names.length > 0 && types.types.length > 1) {
    return { ok: false, error: 'you may only specify a single resource type' };
  }
  const refs = names.length === 0 ? types.types.map((type) => ({ type })) : names.map((name) => ({ type: types.types[0] as ResourceType, name }));
  return { ok: true, refs, multipleTypes: types.types.length > 1 || typeWord.toLowerCase().split(',').includes('all') };
}
