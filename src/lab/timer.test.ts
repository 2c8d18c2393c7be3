import { describe, expect, it } from 'vitest';
import { createCluster, type Pod } from '../engine/index';
import { neverInterrupt, createInterrupt } from '../shell/index';
import { createLabTimer } from './timer';

const macrotask = (fn: () => void): void => void setTimeout(fn, 0);

describe('createLabTimer (headless)', () => {
  it('sleep jumps the clock straight to its deadline', async () => {
    const cluster = createCluster({ seed: 1 });
    const timer = createLabTimer(cluster, 'headless', macrotask);
    const t0 = cluster.now();
    expect(await timer.sleep(30_000, neverInterrupt)).toBe('elapsed');
    expect(cluster.now()).toBe(t0 + 30_000);
  });

  it('waitFor with no limit returns idle when nothing more can happen', async () => {
    const cluster = createCluster({ seed: 1 });
    const timer = createLabTimer(cluster, 'headless', macrotask);
    expect(await timer.waitFor(() => false, undefined, neverInterrupt)).toBe('idle');
  });

  it('waitFor stops at the first cluster change that makes its condition hold', async () => {
    const cluster = createCluster({ seed: 1 });
    const timer = createLabTimer(cluster, 'headless', macrotask);
    const manifest = {
      apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' },
      spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] },
    } as unknown as Pod;
    const created = cluster.api.create(manifest);
    expect(created.ok).toBe(true);
    const running = () => {
      const p = cluster.api.get('Pod', 'default', 'p');
      return p.ok && p.value.status?.phase === 'Running';
    };
    expect(await timer.waitFor(running, 600_000, neverInterrupt)).toBe('ready');
    const at = cluster.now();
    const before = cluster.changes().filter((c) => c.at < at && c.object.kind === 'Pod');
    expect(before.every((c) => c.object.kind !== 'Pod' || c.object.status?.phase !== 'Running')).toBe(true);
    expect(at).toBeLessThan(cluster.changes()[0]!.at + 600_000);
  });

  it('two concurrent waits (a command under `timeout`) advance time only as far as the earlier needs', async () => {
    const cluster = createCluster({ seed: 1 });
    const timer = createLabTimer(cluster, 'headless', macrotask);
    const t0 = cluster.now();
    const inner = createInterrupt();
    const long = timer.sleep(60_000, inner.signal);
    await timer.sleep(5_000, neverInterrupt);
    expect(cluster.now()).toBe(t0 + 5_000);
    inner.abort();
    expect(await long).toBe('interrupted');
    expect(cluster.now()).toBe(t0 + 5_000);
  });
});
