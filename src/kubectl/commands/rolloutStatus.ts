/**
 * `kubectl rollout status`: evaluates the Deployment on every watch event and prints the
 * message each time until the rollout completes, fails its deadline, times out or is
 * interrupted. Mirrors k8s.io/kubectl/pkg/cmd/rollout/rollout_status.go and
 * pkg/polymorphichelpers/rollout_status.go (DeploymentStatusViewer).
 */
import type { Deployment } from '../../engine/index';
import { filenameFlag, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, fail } from '../kube';
import type { CommandSpec } from '../spec';
import { groupKind, revisionOf, rolloutTargets } from './rolloutUtil';

export interface RolloutState {
  message: string;
  done: boolean;
  error?: string;
}

/** The status message for a Deployment (spec §14.4), with the `--revision` pin. */
export function deploymentStatus(d: Deployment, revision: number): RolloutState {
  const name = d.metadata.name;
  if (revision > 0 && revisionOf(d) !== revision) {
    return { message: '', done: false, error: `desired revision (${revision}) is different from the running revision (${revisionOf(d)})` };
  }
  const st = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  const progressing = st.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return { message: '', done: false, error: `deployment "${name}" exceeded its progress deadline` };
  const want = d.spec.replicas ?? 1;
  const updated = st.updatedReplicas ?? 0;
  if (updated < want) return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`, done: false };
  if ((st.replicas ?? 0) > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
  if ((st.availableReplicas ?? 0) < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

async function watchOne(k: Kube, d: Deployment): Promise<number> {
  const revision = k.flags.int('revision');
  let finished: number | undefined;
  const step = (obj: Deployment) => {
    const s = deploymentStatus(obj, revision);
    if (s.error) { finished = fail(k, s.error); return; }
    k.out(s.message);
    if (s.done || !k.flags.bool('watch')) finished = 0;
  };
  step(d);
  if (finished !== undefined) return finished;
  const stop = k.api.watch('Deployment', { namespace: d.metadata.namespace ?? k.namespace }, (ev) => {
    if (finished !== undefined || ev.object.metadata.name !== d.metadata.name) return;
    if (ev.type === 'DELETED') { finished = fail(k, 'object has been deleted'); return; }
    step(ev.object as Deployment);
  });
  const timeout = k.flags.ms('timeout');
  const outcome = await k.ctx.time.waitFor(() => finished !== undefined, timeout > 0 ? timeout : undefined, k.ctx.interrupt);
  stop();
  if (finished !== undefined) return finished;
  if (outcome === 'elapsed') return fail(k, 'timed out waiting for the condition');
  return 130;
}

async function runStatus(k: Kube): Promise<number> {
  if (k.flags.int('revision') < 0) return fail(k, `revision must be a positive integer: ${k.flags.int('revision')}`);
  const t = rolloutTargets(k);
  if (!t.ok) return t.code;
  const code = t.code;
  for (const o of t.objects) {
    if (o.kind !== 'Deployment') { return fail(k, `no status viewer has been implemented for ${groupKind(o)}`); }
    const c = await watchOne(k, o);
    if (c !== 0) return c;
  }
  return code;
}

export const rolloutStatusCommand: CommandSpec = {
  name: 'status',
  short: 'Show the status of the rollout',
  long: "Show the status of the rollout.\n\n By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.",
  example: '# Watch the rollout status of a deployment\nkubectl rollout status deployment/nginx',
  use: 'rollout status (TYPE NAME | TYPE/NAME) [flags]',
  flags: [
    filenameFlag('identifying the resource to get from a server.'),
    recursiveFlag,
    { name: 'revision', type: 'int', usage: 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).' },
    selectorFlag,
    { name: 'timeout', type: 'duration', usage: 'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).' },
    { name: 'watch', short: 'w', type: 'bool', default: true, usage: "Watch the status of the rollout until it's done." },
  ],
  args: 'deployments',
  run: runStatus,
};
