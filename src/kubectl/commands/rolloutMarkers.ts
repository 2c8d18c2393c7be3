/**
 * `kubectl rollout pause | resume | restart`: patch spec.paused or the template's restartedAt
 * annotation. Mirrors k8s.io/kubectl/pkg/polymorphichelpers/objectpauser.go, objectresumer.go
 * and objectrestarter.go.
 */
import type { Deployment } from '../../engine/index';
import { filenameFlag, recursiveFlag, selectorFlag } from '../commonFlags';
import { type Kube, apiErrorLine, fail } from '../kube';
import type { CommandSpec } from '../spec';
import { nameOf, rolloutTargets } from './rolloutUtil';

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/** Go's time.RFC3339 for a UTC instant: `2026-01-01T00:00:30Z`. */
export const rfc3339 = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

type Marker = 'pause' | 'resume' | 'restart';

function planPatch(k: Kube, d: Deployment, marker: Marker): { ok: true; patch: unknown } | { ok: false; error: string } {
  const name = d.metadata.name;
  switch (marker) {
    case 'pause':
      if (d.spec.paused) return { ok: false, error: `deployments.apps "${name}" is already paused` };
      return { ok: true, patch: { spec: { paused: true } } };
    case 'resume':
      if (!d.spec.paused) return { ok: false, error: `deployments.apps "${name}" is not paused` };
      return { ok: true, patch: { spec: { paused: null } } };
    case 'restart': {
      if (d.spec.paused) return { ok: false, error: `deployments.apps "${name}" can't restart paused deployment (run rollout resume first)` };
      const at = rfc3339(k.now());
      if (d.spec.template.metadata?.annotations?.[RESTARTED_AT] === at) {
        return { ok: false, error: `failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another` };
      }
      return { ok: true, patch: { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: at } } } } } };
    }
  }
}

const PAST: Record<Marker, string> = { pause: 'paused', resume: 'resumed', restart: 'restarted' };

function runMarker(k: Kube, marker: Marker): number {
  const t = rolloutTargets(k);
  if (!t.ok) return t.code;
  let code = t.code;
  for (const o of t.objects) {
    if (o.kind !== 'Deployment') { code = fail(k, `${o.kind.toLowerCase()}s "${o.metadata.name}" ${marker === 'restart' ? 'restarting' : marker === 'pause' ? 'pausing' : 'resuming'} is not supported`); continue; }
    const plan = planPatch(k, o, marker);
    if (!plan.ok) { code = fail(k, plan.error); continue; }
    const r = k.api.patch('Deployment', o.metadata.namespace ?? k.namespace, o.metadata.name, 'strategic', plan.patch);
    if (!r.ok) { k.err(apiErrorLine(r.error)); code = 1; continue; }
    k.out(`${nameOf(o)} ${PAST[marker]}\n`);
  }
  return code;
}

const markerFlags = [
  { name: 'field-manager', type: 'string' as const, default: 'kubectl-rollout', usage: 'Name of the manager used to track field ownership.' },
  filenameFlag('identifying the resource to get from a server.'),
  { name: 'output', short: 'o', type: 'string' as const, usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
  recursiveFlag,
  selectorFlag,
];

export const rolloutPauseCommand: CommandSpec = {
  name: 'pause',
  short: 'Mark the provided resource as paused',
  long: 'Mark the provided resource as paused.\n\n Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.',
  example: '# Mark the nginx deployment as paused\n# Any current state of the deployment will continue its function; new updates\n# to the deployment will not have an effect as long as the deployment is paused\nkubectl rollout pause deployment/nginx',
  use: 'rollout pause RESOURCE',
  flags: markerFlags,
  args: 'deployments',
  run: (k) => runMarker(k, 'pause'),
};

export const rolloutResumeCommand: CommandSpec = {
  name: 'resume',
  short: 'Resume a paused resource',
  long: 'Resume a paused resource.\n\n Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.',
  example: '# Resume an already paused deployment\nkubectl rollout resume deployment/nginx',
  use: 'rollout resume RESOURCE',
  flags: markerFlags,
  args: 'deployments',
  run: (k) => runMarker(k, 'resume'),
};

export const rolloutRestartCommand: CommandSpec = {
  name: 'restart',
  short: 'Restart a resource',
  long: 'Restart a resource.\n\n        Resource rollout will be restarted.',
  example: '# Restart all deployments in the test-namespace namespace\nkubectl rollout restart deployment -n test-namespace\n\n# Restart a deployment\nkubectl rollout restart deployment/nginx\n\n# Restart a daemon set\nkubectl rollout restart daemonset/abc\n\n# Restart deployments with the app=nginx label\nkubectl rollout restart deployment --selector=app=nginx',
  use: 'rollout restart RESOURCE',
  flags: markerFlags,
  args: 'deployments',
  run: (k) => runMarker(k, 'restart'),
};
