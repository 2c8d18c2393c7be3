/**
 * What every kubectl verb runs with: the API client, the shell's streams and clock, the
 * namespace in effect, and kubectl's error conventions (`error: …`, `Error from server (…)`).
 * Mirrors k8s.io/kubectl/pkg/cmd/util/helpers.go CheckErr / StandardErrorMessage.
 */
import type { ApiError, ClusterApi, LogReader } from '../engine/index';
import type { CommandContext } from '../shell/command';
import type { ParsedFlags } from './flags';

/** The kubeconfig context the lab pretends to use. */
export interface KubeContext {
  name: string;
  cluster: string;
  user: string;
  namespace: string;
  server: string;
}

export const DEFAULT_CONTEXT: KubeContext = {
  name: 'kubelab',
  cluster: 'kubelab',
  user: 'learner',
  namespace: 'default',
  server: 'https://127.0.0.1:6443',
};

/** One kubectl invocation's environment. */
export interface Kube {
  api: ClusterApi & LogReader;
  ctx: CommandContext;
  context: KubeContext;
  /** `-n` if given, else the context's namespace. */
  namespace: string;
  /** Whether `-n/--namespace` was given explicitly (create -f checks it against the manifest). */
  namespaceExplicit: boolean;
  /** The command path for messages, e.g. `kubectl rollout status`. */
  path: string;
  flags: ParsedFlags;
  out(text: string): void;
  err(text: string): void;
  now(): number;
}

/** Prints a client-side error as kubectl does (`error: …`) and returns exit code 1. */
export function fail(k: Kube, message: string): number {
  k.err(message.startsWith('error: ') ? `${message}\n` : `error: ${message}\n`);
  return 1;
}

/** Prints a usage error with kubectl's `See 'kubectl x -h' for help and examples` line. */
export function usageError(k: Kube, message: string): number {
  k.err(`error: ${message}\nSee '${k.path} -h' for help and examples\n`);
  return 1;
}

/**
 * The text kubectl prints for an API error: `Error from server (NotFound): …`, or for
 * Invalid the `The Deployment "web" is invalid: …` form (one cause, or a bullet list).
 * `prefix` is prepended to the server message, e.g. `error when creating "web.yaml": `.
 */
export function formatApiError(e: ApiError, prefix = ''): string {
  if (e.reason === 'Invalid') {
    const causes = e.details?.causes ?? [];
    const kind = e.details?.kind ?? '';
    const name = e.details?.name ?? '';
    if (causes.length === 0) return `${prefix}${e.message}`;
    const head = `The ${kind} "${name}" is invalid: `;
    if (causes.length === 1) return `${head}${causes[0]?.message ?? ''}`;
    return `${head}\n${causes.map((c) => `* ${c.message}`).join('\n')}`;
  }
  return `Error from server (${e.reason}): ${prefix}${e.message}`;
}

/** Prints an API error and returns 1. */
export function apiFail(k: Kube, e: ApiError, prefix = ''): number {
  k.err(`${formatApiError(e, prefix)}\n`);
  return 1;
}

/** `Error from server (NotFound): …` as a non-fatal line (get/describe go on with the next object). */
export function apiErrorLine(e: ApiError, prefix = ''): string {
  return `${formatApiError(e, prefix)}\n`;
}
