/**
 * The rollout timeline: pods per ReplicaSet and available pods over simulated time, with
 * the two budget limits dashed. Dragging on it (or the slider) replays a past moment in
 * the whole view; "Live" returns.
 */
import type { PointerEvent } from 'react';
import { useState } from 'react';
import type { TimelineSeries } from '../../lab/view/index';
import { scrubTo } from '../state/actions';
import { formatClock } from '../layout/TimeControls';
import { VIEW_H, VIEW_W, stepPath, visibleSamples } from './timelinePaths';

/** How much simulated time the timeline shows. */
const WINDOW_MS = 20 * 60_000;
const RS_COLOURS = ['var(--rs-1)', 'var(--rs-2)', 'var(--rs-3)', 'var(--rs-4)', 'var(--rs-5)'];

interface Props {
  series: readonly TimelineSeries[];
  now: number;
  scrubAt: number | null;
}

export function Timeline({ series, now, scrubAt }: Props) {
  const [picked, setPicked] = useState<string | null>(null);
  const current = series.find((s) => s.key === picked) ?? series[series.length - 1];
  if (!current || current.samples.length === 0) return null;
  const start = current.samples[0]?.at ?? now;
  const t0 = Math.max(start, now - WINDOW_MS);
  const samples = visibleSamples(current.samples, t0);
  const yMax = Math.max(1, ...samples.map((s) => Math.max(s.maxTotal, s.total)));
  const dom = { t0, t1: now, yMax };
  /** The slider works in whole simulated seconds from t0; its right end is live. */
  const spanS = Math.max(1, Math.floor((now - t0) / 1000));
  const timeAt = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return Math.round(t0 + ((e.clientX - r.left) / Math.max(1, r.width)) * (now - t0));
  };
  const scrubX = scrubAt === null ? null : ((scrubAt - t0) / Math.max(1, now - t0)) * VIEW_W;
  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    if (e.type === 'pointerdown') e.currentTarget.setPointerCapture(e.pointerId);
    else if (e.buttons === 0) return;
    const t = timeAt(e);
    scrubTo(t >= now ? null : t);
  };
  return (
    <section className="timeline" aria-label="Rollout timeline">
      <div className="timeline-head">
        <h3>Timeline</h3>
        {series.length > 1 && (
          <select aria-label="Deployment shown in the timeline" value={current.key} onChange={(e) => setPicked(e.target.value)}>
            {series.map((s) => <option key={s.key} value={s.key}>{s.name}</option>)}
          </select>
        )}
        <ul className="legend">
          {current.replicaSets.map((rs, i) => (
            <li key={rs.name}><i style={{ background: RS_COLOURS[i % RS_COLOURS.length] }} />rev {rs.revision ?? '?'}</li>
          ))}
          <li><i className="available" />available</li>
          <li><i className="limit-max" />max pods</li>
          <li><i className="limit-min" />min available</li>
        </ul>
      </div>
      <svg viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} preserveAspectRatio="none" className="timeline-svg" role="img"
        aria-label={`Pods per ReplicaSet and available pods of ${current.name} over the last ${Math.round((now - t0) / 60000)} simulated minutes`}
        onPointerDown={onPointer} onPointerMove={onPointer}>
        <path d={stepPath(samples, (s) => s.maxTotal, dom)} className="line limit-max" />
        <path d={stepPath(samples, (s) => s.minAvailable, dom)} className="line limit-min" />
        {current.replicaSets.map((rs, i) => (
          <path key={rs.name} d={stepPath(samples, (s) => s.pods[rs.name] ?? 0, dom)} className="line rs"
            style={{ stroke: RS_COLOURS[i % RS_COLOURS.length] }} />
        ))}
        <path d={stepPath(samples, (s) => s.available, dom)} className="line available" />
        {scrubX !== null && <line x1={scrubX} x2={scrubX} y1={0} y2={VIEW_H} className="scrub-line" />}
      </svg>
      <div className="scrub-row">
        <span>{formatClock(t0)}</span>
        <input type="range" min={0} max={spanS} step={1} value={scrubAt === null ? spanS : Math.round((scrubAt - t0) / 1000)}
          aria-label="Replay the cluster at a past moment"
          aria-valuetext={scrubAt === null ? 'live' : formatClock(scrubAt)}
          onChange={(e) => { const s = Number(e.target.value); scrubTo(s >= spanS ? null : t0 + s * 1000); }} />
        <span>{formatClock(now)}</span>
        <button type="button" className="btn" disabled={scrubAt === null} onClick={() => scrubTo(null)}>Live</button>
      </div>
    </section>
  );
}
