import { describe, expect, it } from 'vitest';
import type { Pod } from '../types/objects';
import { createCluster } from '../cluster';
import { podStatus } from '../printers/podStatus';

function podWith(image: string, extra: Partial<Pod['spec']['containers'][number]> = {}) {
  const c = createCluster({ seed: 3 });
  const res = c.api.create<'Pod'>({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' } as Pod['metadata'], spec: { containers: [{ name: 'main', image, ...extra }] } });
  if (!res.ok) throw new Error(res.error.message);
  const pod = () => { const p = c.api.get('Pod', 'default', 'p'); if (!p.ok) throw new Error('gone'); return p.value; };
  const status = () => podStatus(pod(), c.now()).status;
  const events = () => { const e = c.api.list('Event', { namespace: 'default' }); return e.ok ? e.value.filter((x) => x.involvedObject.name === 'p').map((x) => `${x.type} ${x.reason} ${x.message}${(x.count ?? 1) > 1 ? ` (x${x.count})` : ''}`) : []; };
  return { c, pod, status, events };
}

describe('kubelet: pod STATUS over time', () => {
  it('nginx without a readiness probe: ContainerCreating → Running and ready as it starts', () => {
    const { c, pod, status } = podWith('nginx:1.27.3');
    expect(status()).toBe('ContainerCreating');
    // Sandbox 0.5 s, pull 6.4 s, start 1.5 s.
    c.advance(8_399);
    expect(status()).toBe('ContainerCreating');
    c.advance(1);
    expect([status(), pod().status?.containerStatuses?.[0]?.ready, pod().status?.conditions?.find((x) => x.type === 'Ready')?.status]).toEqual(['Running', true, 'True']);
  });

  it('nginx with a readiness probe: ContainerCreating → Running (not ready) → Ready at the first passing probe, with the real events', () => {
    const { c, pod, status, events } = podWith('nginx:1.27.3', { readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: 2 } });
    expect(pod().spec.nodeName).toBe('worker-1');
    expect(status()).toBe('ContainerCreating');
    c.advance(8_700);
    expect([status(), pod().status?.containerStatuses?.[0]?.ready]).toEqual(['Running', false]);
    expect(pod().status?.podIP).toBe('10.244.1.2');
    expect(pod().status?.hostIP).toBe('172.18.0.3');
    // nginx is ready 3 s after it starts; the probe runs every 2 s, so it first passes at 4 s.
    c.advance(3_699);
    expect(pod().status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('False');
    c.advance(1);
    expect(pod().status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('True');
    expect(events().map((e) => e.replace(/Image size: \d+/, 'Image size: N'))).toEqual([
      'Normal Scheduled Successfully assigned default/p to worker-1',
      'Normal Pulling Pulling image "nginx:1.27.3"',
      'Normal Pulled Successfully pulled image "nginx:1.27.3" in 6.4s (6.4s including waiting). Image size: N bytes.',
      'Normal Created Created container: main',
      'Normal Started Started container main',
      'Warning Unhealthy Readiness probe failed: Get "http://10.244.1.2:80/": dial tcp 10.244.1.2:80: connect: connection refused (x2)',
    ]);
    expect(events()[2]).toMatch(/^Normal Pulled Successfully pulled image "nginx:1\.27\.3" in 6\.4s \(6\.4s including waiting\)\. Image size: \d+ bytes\.$/);
  });

  it('an unknown tag fails to pull: ErrImagePull, then ImagePullBackOff, retried with back-off', () => {
    const { c, status, events, pod } = podWith('nginx:9.9');
    c.advance(1_400);
    expect(status()).toBe('ErrImagePull');
    expect(pod().status?.containerStatuses?.[0]?.state?.waiting?.message).toBe('rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:9.9": failed to resolve reference "docker.io/library/nginx:9.9": docker.io/library/nginx:9.9: not found');
    c.advance(1_000);
    expect(status()).toBe('ImagePullBackOff');
    expect(events()).toContain('Warning Failed Error: ErrImagePull');
    expect(events()).toContain('Normal BackOff Back-off pulling image "nginx:9.9"');
    c.advance(60_000);
    expect(events().find((e) => e.startsWith('Warning Failed Error: ErrImagePull'))).toMatch(/\(x[34]\)$/);
  });

  it('an unknown repository is "pull access denied"', () => {
    const { c, pod } = podWith('nginxx');
    c.advance(1_400);
    expect(pod().status?.containerStatuses?.[0]?.state?.waiting?.message).toContain('failed to resolve reference "docker.io/library/nginxx:latest": pull access denied, repository does not exist or may require authorization');
  });

  it('busybox without a command: Completed, restarted, then CrashLoopBackOff with a doubling back-off', () => {
    const { c, status, pod } = podWith('busybox:1.36');
    c.advance(3_000);
    expect(status()).toBe('Completed');
    c.advance(1_500);
    expect(pod().status?.containerStatuses?.[0]?.restartCount).toBe(1);
    c.advance(1_500);
    expect(status()).toBe('CrashLoopBackOff');
    expect(pod().status?.containerStatuses?.[0]?.state?.waiting?.message).toMatch(/^back-off 10s restarting failed container=main pod=p_default\(/);
    expect(pod().status?.containerStatuses?.[0]?.lastState?.terminated?.reason).toBe('Completed');
    c.advance(40_000);
    expect(pod().status?.containerStatuses?.[0]?.state?.waiting?.message).toMatch(/^back-off 40s/);
  });

  it('`sleep 3600` in busybox serves, and ignores SIGTERM until the grace period ends', () => {
    const { c, status } = podWith('busybox:1.36', { command: ['sleep', '3600'] });
    c.advance(5_000);
    expect(status()).toBe('Running');
    c.api.delete('Pod', 'default', 'p');
    expect(status()).toBe('Terminating');
    c.advance(29_000);
    expect(status()).toBe('Terminating');
    c.advance(1_500);
    expect(c.api.get('Pod', 'default', 'p').ok).toBe(false);
  });

  it('a command the image lacks fails to start (StartError)', () => {
    const { c, pod } = podWith('nginx:1.27', { command: ['foo'] });
    c.advance(10_000);
    const st = pod().status?.containerStatuses?.[0];
    expect(st?.lastState?.terminated?.reason ?? st?.state?.terminated?.reason).toBe('StartError');
  });

  it('logs: nginx start-up lines with the real entrypoint wording', () => {
    const { c } = podWith('nginx:1.27.3');
    c.advance(12_000);
    const logs = c.api.logs('default', 'p');
    expect(logs.ok && logs.value[0]?.text).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(logs.ok && logs.value.some((l) => /^2026\/01\/01 00:00:\d\d \[notice\] 1#1: nginx\/1\.27\.3$/.test(l.text))).toBe(true);
    const prev = c.api.logs('default', 'p', { previous: true });
    expect(!prev.ok && prev.error.message).toBe('previous terminated container "main" in pod "p" not found');
  });

  it('an image is pulled once per node, then reported as present', () => {
    const { c, events } = podWith('nginx:1.27.3');
    c.advance(12_000);
    c.api.create<'Pod'>({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'q', namespace: 'default' } as Pod['metadata'], spec: { nodeName: 'worker-1', containers: [{ name: 'main', image: 'nginx:1.27.3' }] } });
    c.advance(2_000);
    const e = c.api.list('Event', { namespace: 'default' });
    expect(e.ok && e.value.filter((x) => x.involvedObject.name === 'q').map((x) => x.message)).toContain('Container image "nginx:1.27.3" already present on machine and can be accessed by the pod');
    expect(events()).toHaveLength(5);
  });

  it('a pod bound to a node without a kubelet stays Pending', () => {
    const c = createCluster({ seed: 3 });
    c.api.create<'Pod'>({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'lost', namespace: 'default' } as Pod['metadata'], spec: { nodeName: 'nowhere', containers: [{ name: 'main', image: 'nginx' }] } });
    c.advance(30_000);
    const p = c.api.get('Pod', 'default', 'lost');
    expect(p.ok && podStatus(p.value, c.now()).status).toBe('Pending');
  });

  it('a readiness probe that does not pass yet records Unhealthy events until the app is ready', () => {
    const { c, events, pod } = podWith('kubelab/demo:v1', { readinessProbe: { httpGet: { path: '/healthz', port: 8080 }, initialDelaySeconds: 1, periodSeconds: 2 } });
    c.advance(15_000);
    const ip = pod().status?.podIP ?? '';
    expect(events().filter((e) => e.includes('Unhealthy'))).toEqual([
      `Warning Unhealthy Readiness probe failed: Get "http://${ip}:8080/healthz": dial tcp ${ip}:8080: connect: connection refused (x2)`,
    ]);
    expect(pod().status?.conditions?.find((x) => x.type === 'Ready')?.status).toBe('True');
  });
});
