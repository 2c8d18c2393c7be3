/**
 * kubectl for the lab: a shell Command that talks to the simulated cluster only through
 * its API, as the real kubectl talks to an API server.
 */
import type { ClusterApi, LogReader } from '../engine/index';
import type { Command, CommandContext, CompletionRequest } from '../shell/command';
import { completeKubectl } from './complete';
import { DEFAULT_CONTEXT, type KubeContext } from './kube';
import { runKubectl } from './root';

export type { KubeContext } from './kube';

export interface KubectlOptions {
  api: ClusterApi & LogReader;
  /**
   * The kubeconfig context to pretend to use (default: `kubelab`, namespace `default`). The
   * object itself is filled in with the defaults and kept, so its owner sees what
   * `kubectl config set-context` changes (the lab saves the namespace with the session).
   */
  context?: Partial<KubeContext>;
}

/** Builds the `kubectl` command. */
export function createKubectl(opts: KubectlOptions): Command {
  const context: KubeContext = Object.assign<Partial<KubeContext>, KubeContext>(opts.context ?? {}, { ...DEFAULT_CONTEXT, ...opts.context });
  return {
    name: 'kubectl',
    summary: 'kubectl controls the Kubernetes cluster manager.',
    run: (ctx: CommandContext) => runKubectl({ api: opts.api, context }, ctx),
    complete: (req: CompletionRequest) => completeKubectl(opts.api, context, req.words),
  };
}
