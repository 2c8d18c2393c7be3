/**
 * Tab completion as kubectl's shell completion offers it: commands and subcommands, flags,
 * resource types, object names from the cluster, namespaces after `-n`, `-o` formats.
 * Mirrors k8s.io/kubectl/pkg/util/completion/completion.go.
 */
import type { ClusterApi, Kind } from '../engine/index';
import { COMMANDS } from './commands/index';
import { GLOBAL_FLAGS } from './globalFlags';
import type { KubeContext } from './kube';
import { locate } from './root';
import { RESOURCE_TYPES, resolveType } from './resources';
import type { CommandSpec } from './spec';

const OUTPUT_FORMATS = ['json', 'yaml', 'name', 'wide', 'jsonpath=', 'custom-columns='];

function names(api: ClusterApi, kind: Kind, namespace: string): string[] {
  const r = api.list(kind, RESOURCE_TYPES.find((t) => t.kind === kind)?.namespaced ? { namespace } : {});
  return r.ok ? r.value.map((o) => o.metadata.name) : [];
}

function namespaceOf(words: readonly string[], context: KubeContext): string {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i] ?? '';
    if (w === '-n' || w === '--namespace') return words[i + 1] ?? context.namespace;
    if (w.startsWith('--namespace=')) return w.slice('--namespace='.length);
    if (w.startsWith('-n') && w.length > 2) return w.slice(2);
  }
  return context.namespace;
}

function flagCandidates(cmd: CommandSpec | undefined): string[] {
  const defs = [...(cmd?.flags ?? []), ...GLOBAL_FLAGS];
  return defs.filter((d) => !d.hidden).map((d) => `--${d.name}`).sort();
}

function typeWords(): string[] {
  return RESOURCE_TYPES.map((t) => t.plural).sort();
}

function argCandidates(api: ClusterApi, cmd: CommandSpec, args: readonly string[], current: string, ns: string): string[] {
  const kind = cmd.args ?? 'none';
  if (kind === 'none' || kind === 'files') return [];
  if (kind === 'deployments' || kind === 'pods') {
    const k: Kind = kind === 'deployments' ? 'Deployment' : 'Pod';
    if (args.length === 0 && kind === 'deployments') {
      if (current.includes('/')) return names(api, k, ns).map((n) => `${current.slice(0, current.indexOf('/'))}/${n}`);
      return ['deployment', 'deployment/'].concat(names(api, k, ns).map((n) => `deployment/${n}`));
    }
    if (kind === 'pods' && args.length === 0) return names(api, 'Pod', ns);
    const t = args[0] ? resolveType(args[0]) : undefined;
    return t ? names(api, t.kind, ns) : [];
  }
  if (current.includes('/')) {
    const t = resolveType(current.slice(0, current.indexOf('/')));
    return t ? names(api, t.kind, ns).map((n) => `${current.slice(0, current.indexOf('/'))}/${n}`) : [];
  }
  if (args.length === 0) return typeWords();
  const t = args[0] && !args[0].includes('/') ? resolveType(args[0]) : undefined;
  return t ? names(api, t.kind, ns) : [];
}

/** Positional words of `rest`, skipping the values of flags that take one (`-n dev`, `--output yaml`). */
function positionals(cmd: CommandSpec, rest: readonly string[]): string[] {
  const defs = [...(cmd.flags ?? []), ...GLOBAL_FLAGS];
  const takesValue = (w: string) => !w.includes('=') && defs.some((d) => d.type !== 'bool' && d.noOptDefault === undefined && (w === `--${d.name}` || (d.short !== undefined && w === `-${d.short}`)));
  const out: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i] ?? '';
    if (w.startsWith('-')) { if (takesValue(w)) i++; continue; }
    out.push(w);
  }
  return out;
}

/** Candidates for the last word of `words` (`words[0]` is `kubectl`), filtered by its prefix. */
export function completeKubectl(api: ClusterApi, context: KubeContext, words: readonly string[]): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(1, -1);
  const prev = before.at(-1) ?? '';
  const ns = namespaceOf(words, context);
  const { chain, rest } = locate(before);
  const cmd = chain.at(-1);
  let out: string[];
  if (prev === '-n' || prev === '--namespace') out = names(api, 'Namespace', '');
  else if (prev === '-o' || prev === '--output') out = OUTPUT_FORMATS;
  else if (current.startsWith('-')) out = flagCandidates(cmd);
  else if (!cmd) out = COMMANDS.map((c) => c.name);
  else if (cmd.subcommands?.length) out = cmd.subcommands.map((c) => c.name);
  else out = argCandidates(api, cmd, positionals(cmd, rest), current, ns);
  return out.filter((c) => c.startsWith(current));
}
