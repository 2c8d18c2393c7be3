import { describe, expect, it } from 'vitest';
import type { Deployment } from '../engine/index';
import { createCluster } from '../engine/cluster';
import { completeKubectl } from './complete';
import { DEFAULT_CONTEXT } from './kube';

const cluster = createCluster({ seed: 1 });
for (const name of ['web', 'api']) {
  const labels = { app: name };
  cluster.api.create<'Deployment'>({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: 'default' } as Deployment['metadata'],
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } } });
}

const complete = (line: string) => completeKubectl(cluster.api, DEFAULT_CONTEXT, line.split(' '));

describe('completeKubectl (kubectl shell completion)', () => {
  it.each([
    { name: 'verbs', line: 'kubectl ge', want: ['get'] },
    { name: 'verbs sharing a prefix', line: 'kubectl de', want: ['delete', 'describe'] },
    { name: 'subcommands', line: 'kubectl rollout u', want: ['undo'] },
    { name: 'resource types', line: 'kubectl get deploy', want: ['deployments'] },
    { name: 'object names from the cluster', line: 'kubectl get deployments ', want: ['api', 'web'] },
    { name: 'names after a short type', line: 'kubectl describe deploy w', want: ['web'] },
    { name: 'TYPE/NAME', line: 'kubectl rollout status deployment/w', want: ['deployment/web'] },
    { name: 'flags', line: 'kubectl scale --repl', want: ['--replicas'] },
    { name: 'namespaces after -n', line: 'kubectl get pods -n kube-', want: ['kube-node-lease', 'kube-public', 'kube-system'] },
    { name: 'names after -n NAMESPACE', line: 'kubectl get -n default deploy w', want: ['web'] },
    { name: 'output formats', line: 'kubectl get pods -o j', want: ['json', 'jsonpath='] },
  ])('$name', ({ line, want }) => {
    expect(complete(line)).toEqual(want);
  });
});
