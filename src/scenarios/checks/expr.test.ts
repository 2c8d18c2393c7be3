import { beforeEach, describe, expect, it } from 'vitest';
import { validateCel } from '../cel';
import { FakeCluster } from '../testing/fakeCluster';
import { MiniDeployment } from '../testing/miniDeployment';
import { runCheck } from '../testing/runCheck';

let fc: FakeCluster;

beforeEach(() => {
  fc = new FakeCluster();
  const web = new MiniDeployment(fc, 'web', 3);
  web.create('nginx:1.26');
  fc.start();
  web.setImage('nginx:1.27');
  web.undo();
  fc.type('kubectl rollout undo deployment/web');
  fc.traffic = [
    { at: fc.startedAt, service: 'web', namespace: 'default', sent: 10, succeeded: 8, served: [{ replicaSet: 'web-1', podTemplateHash: '1', version: '1.26', image: 'nginx:1.26', count: 8, errors: 0, pods: 3 }], failed: { refused: 2, timeout: 0, http5xx: 0, unresolved: 0 } },
  ];
});

describe('expr (CEL)', () => {
  it.each([
    { expression: 'objects.deployments.exists(d, d.metadata.name == "web" && d.spec.replicas == 3)', value: true },
    { expression: 'objects.pods.filter(p, p.metadata.labels.app == "web").size() == 3', value: true },
    { expression: 'objects.pods.all(p, p.spec.containers[0].image == "nginx:1.26")', value: true },
    { expression: 'objects.replicasets.map(rs, rs.spec.replicas).exists(n, n == 0)', value: true },
    { expression: 'size(objects.deployments) + 1 == 2', value: true },
    { expression: 'history.rollouts.filter(r, r.kind == "rollback").size() == 1', value: true },
    { expression: 'history.rollouts.exists(r, r.kind == "rollout" && r.revision == 2 && r.completedAt != null)', value: true },
    { expression: 'commands.exists(c, c.line.matches("rollout undo") && c.exitCode == 0)', value: true },
    { expression: 'now >= startedAt', value: true },
    { expression: 'history.traffic.map(t, t.failed.refused).exists(n, n == 2)', value: true },
    { expression: 'history.traffic.all(t, t.served.all(s, s.version == "1.26"))', value: true },
    { expression: 'objects.deployments.exists(d, has(d.spec.paused))', value: false },
  ])('$expression → $value', ({ expression, value }) => {
    expect(validateCel(expression)).toBeUndefined();
    expect(runCheck('expr', { expression }, fc).passed).toBe(value);
  });

  it('says what a false expression yielded', () => {
    expect(runCheck('expr', { expression: 'size(objects.pods) == 4' }, fc).detail).toBe('the expression is false');
  });

  it('reports a missing field as an evaluation error, not a crash', () => {
    expect(runCheck('expr', { expression: 'objects.deployments[0].spec.paused' }, fc).detail).toBe(
      'the expression could not be evaluated: No such key: paused',
    );
  });

  it.each([
    { expression: 'objects.pods.size() >', error: /^Unexpected token/ },
    { expression: '"a" + 1 == "a1"', error: /no such overload/ },
    { expression: 'size(objects.pods)', error: /^the expression yields int; it must yield bool$/ },
    { expression: 'pods.size() > 0', error: /Unknown variable: pods/ },
  ])('rejects $expression at load time', ({ expression, error }) => {
    expect(validateCel(expression)).toMatch(error);
  });
});
