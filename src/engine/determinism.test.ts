import { describe, expect, it } from 'vitest';
import type { Cluster } from './clusterTypes';
import { manifest, setImage, testCluster } from './testing/harness';

/** One scripted session: create, roll out, scale, roll back by image; `step` sizes the clock steps. */
function session(seed: number, step: number): Cluster {
  const c = testCluster(seed);
  const run = (ms: number) => { for (let t = 0; t < ms; t += step) c.advance(Math.min(step, ms - t)); };
  c.api.create(manifest('web', { replicas: 5 }));
  run(20_000);
  setImage(c, 'web', 'lab/app:v2');
  run(7_300);
  c.api.updateScale('Deployment', 'default', 'web', 8);
  run(12_000);
  setImage(c, 'web', 'lab/app:bad');
  run(45_000);
  return c;
}

const log = (c: Cluster) => JSON.stringify(c.changes());

describe('determinism', () => {
  it('the same seed and the same calls give the same change log, byte for byte', () => {
    expect(log(session(42, 1000))).toBe(log(session(42, 1000)));
    expect(JSON.stringify(session(42, 1000).actions())).toBe(JSON.stringify(session(42, 1000).actions()));
  });

  it('advance(100 ms) × N equals advance(N × 100 ms)', () => {
    const whole = log(session(7, 1_000_000));
    expect(log(session(7, 100))).toBe(whole);
    expect(log(session(7, 1_337))).toBe(whole);
  });

  it('a different seed names pods differently', () => {
    const names = (c: Cluster) => { const p = c.api.list('Pod', { namespace: 'default' }); return p.ok ? p.value.map((x) => x.metadata.name).join() : ''; };
    expect(names(session(1, 1000))).not.toBe(names(session(2, 1000)));
  });
});
