/**
 * Streams and exit codes: the golden transcripts interleave stdout and stderr, so this
 * table pins which stream each kind of message goes to and the status kubectl returns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster } from '../engine/cluster';
import { createKubectl } from './index';
import { memFs, run } from './testing/harness';

const cluster = createCluster({ seed: 1 });
const kubectl = createKubectl({ api: cluster.api });
const clock = { now: () => cluster.now(), advance: (ms: number) => cluster.advance(ms), nextDueAt: () => cluster.nextDueAt() };
const fs = memFs({ 'bad.yaml': 'kind: Deployment\n' });

beforeAll(async () => {
  await run(kubectl, 'kubectl create deployment web --image=nginx:1.26 --replicas=2', { clock, fs });
  cluster.advance(30_000);
});

describe('kubectl streams and exit codes', () => {
  it.each<{ line: string; stdout: string | RegExp; stderr: string | RegExp; code: number }>([
    { line: 'kubectl get deploy web -o name', stdout: 'deployment.apps/web\n', stderr: '', code: 0 },
    { line: 'kubectl get pods -n kube-public', stdout: '', stderr: 'No resources found in kube-public namespace.\n', code: 0 },
    { line: 'kubectl get deploy nope', stdout: '', stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', code: 1 },
    { line: 'kubectl get deploy --foo', stdout: '', stderr: "Error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n", code: 1 },
    { line: 'kubectl scale deploy web --replicas=3', stdout: 'deployment.apps/web scaled\n', stderr: '', code: 0 },
    { line: 'kubectl rollout undo deploy/web', stdout: '', stderr: 'error: no rollout history found for deployment "web"\n', code: 1 },
    { line: 'kubectl apply -f bad.yaml', stdout: '', stderr: 'error: error validating "bad.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n', code: 1 },
    { line: 'kubectl get endpoints kubernetes -o name', stdout: 'endpoints/kubernetes\n', stderr: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n', code: 0 },
    { line: 'kubectl get endpointslices kubernetes -o name', stdout: 'endpointslice.discovery.k8s.io/kubernetes\n', stderr: '', code: 0 },
    { line: 'kubectl version --client', stdout: 'Client Version: v1.34.2\nKustomize Version: v5.7.1\n', stderr: '', code: 0 },
    { line: 'kubectl rollout', stdout: /Available Commands:/, stderr: '', code: 1 },
    { line: 'kubectl set', stdout: '', stderr: /Available Commands:/, code: 1 },
    { line: 'kubectl get pods --help', stdout: /^Display one or many resources\./, stderr: '', code: 0 },
  ])('$line', async ({ line, stdout, stderr, code }) => {
    const r = await run(kubectl, line, { clock, fs });
    const check = (got: string, want: string | RegExp) => (typeof want === 'string' ? expect(got).toBe(want) : expect(got).toMatch(want));
    check(r.stdout, stdout);
    check(r.stderr, stderr);
    expect(r.code).toBe(code);
  });

  it.each(['kubectl get pods -w', 'kubectl rollout status deploy/web', 'kubectl logs -f deploy/web --tail=0'])('Ctrl-C stops %s with status 130', async (line) => {
    await run(kubectl, 'kubectl set image deploy/web nginx=nginx:1.27', { clock, fs });
    const interrupt = { aborted: true, onAbort: (fn: () => void) => { fn(); return () => undefined; } };
    const r = await run(kubectl, line, { clock, fs, interrupt });
    expect(r.code).toBe(130);
  });

  it('an invalid change leaves the cluster as it was', async () => {
    const before = cluster.api.get('Deployment', 'default', 'web');
    const r = await run(kubectl, `kubectl patch deploy web -p {"spec":{"replicas":-1}}`, { clock, fs });
    expect(r.code).toBe(1);
    expect(cluster.api.get('Deployment', 'default', 'web')).toEqual(before);
  });
});
