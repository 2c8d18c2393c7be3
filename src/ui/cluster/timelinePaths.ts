/** Pure geometry of the rollout timeline: step paths of sampled values in a fixed viewBox. */
import type { TimelineSample } from '../../lab/view/index';

export const VIEW_W = 600;
export const VIEW_H = 140;

export interface Domain {
  t0: number;
  t1: number;
  yMax: number;
}

/** The samples that matter for [t0, t1]: the last one before t0 (the state at t0) and those after. */
export function visibleSamples(samples: readonly TimelineSample[], t0: number): TimelineSample[] {
  let first = 0;
  for (let i = 0; i < samples.length; i++) if ((samples[i]?.at ?? 0) <= t0) first = i;
  return samples.slice(first);
}

/** An SVG path that holds each value until the next sample (a step-after line), ending at t1. */
export function stepPath(samples: readonly TimelineSample[], value: (s: TimelineSample) => number, dom: Domain): string {
  const x = (t: number) => ((Math.max(t, dom.t0) - dom.t0) / Math.max(1, dom.t1 - dom.t0)) * VIEW_W;
  const y = (v: number) => VIEW_H - (v / Math.max(1, dom.yMax)) * (VIEW_H - 6) - 3;
  let d = '';
  let lastY = 0;
  for (const s of samples) {
    const sx = x(s.at).toFixed(1);
    const sy = y(value(s)).toFixed(1);
    d += d === '' ? `M${sx},${sy}` : `H${sx}V${sy}`;
    lastY = Number(sy);
  }
  return d === '' ? '' : `${d}H${VIEW_W}V${lastY.toFixed(1)}`;
}
