/**
 * The traffic panel beside the cluster view: start/stop a steady request stream to a Service
 * at a chosen rate, watch requests per second stacked by version with failures in red, and
 * read the totals since the current rollout began. Reads the generator every few frames —
 * nothing notifies while the cluster is steady, yet the clock keeps counting requests.
 */
import { useEffect, useMemo, useState } from 'react';
import type { LabSession } from '../../lab/index';
import { useLab } from '../state/hooks';
import { useScenarioState } from '../scenario/scenarioStore';
import { TrafficChart, versionColour } from './TrafficChart';
import { trafficModel, type TrafficModel } from './trafficModel';

const POLL_MS = 250;
const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

function useTrafficModel(session: LabSession | null): TrafficModel | null {
  const [model, setModel] = useState<TrafficModel | null>(null);
  useEffect(() => {
    if (!session) return;
    let lastKey = '';
    const read = () => {
      const t = session.cluster.traffic;
      const samples = t.samples();
      const cur = t.current();
      const status = t.status();
      const rate = status.running ? status.ratePerSecond : 0;
      const key = `${samples.length}:${cur?.sent ?? -1}:${cur?.at ?? -1}:${session.actions().length}:${rate}`;
      if (key === lastKey) return;
      lastKey = key;
      setModel(trafficModel(samples, cur, session.actions(), rate));
    };
    read();
    const id = setInterval(read, POLL_MS);
    return () => clearInterval(id);
  }, [session]);
  return model;
}

function Controls({ session }: { session: LabSession }) {
  const version = useLab((s) => s.version);
  const services = useMemo(() => {
    void version;
    const r = session.cluster.api.list('Service');
    return r.ok ? r.value.map((s) => `${s.metadata.namespace ?? 'default'}/${s.metadata.name}`).filter((n) => n !== 'default/kubernetes') : [];
  }, [session, version]);
  const status = session.cluster.traffic.status();
  const [target, setTarget] = useState('');
  const [rate, setRate] = useState(10);
  const [error, setError] = useState<string | null>(null);
  const [, redraw] = useState(0);
  const chosen = services.includes(target) ? target : services[0] ?? '';
  const start = () => {
    const [namespace, service] = chosen.split('/') as [string, string];
    setError(session.cluster.traffic.start({ service, namespace, ratePerSecond: rate }) ?? null);
    redraw((n) => n + 1);
  };
  return (
    <div className="traffic-controls">
      {status.running ? (
        <>
          <span className="traffic-status" data-testid="traffic-status">Sending {status.ratePerSecond}/s to <code>{status.service}</code></span>
          <button type="button" className="btn" onClick={() => { session.cluster.traffic.stop(); redraw((n) => n + 1); }}>Stop traffic</button>
        </>
      ) : (
        <>
          <label>Service{' '}
            <select value={chosen} onChange={(e) => setTarget(e.currentTarget.value)} disabled={services.length === 0} aria-label="Service">
              {services.length === 0 && <option value="">no Services yet</option>}
              {services.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <button type="button" className="btn primary" disabled={!chosen} onClick={start}>Start traffic</button>
        </>
      )}
      <label>Rate{' '}
        <input type="number" min={1} max={1000} value={status.running ? status.ratePerSecond : rate} aria-label="Requests per second" className="rate"
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            setRate(n);
            if (status.running && n > 0) setError(session.cluster.traffic.setRate(n) ?? null);
            redraw((x) => x + 1);
          }} /> /s
      </label>
      {error && <span className="traffic-error" role="alert">{error}</span>}
    </div>
  );
}

function Totals({ model }: { model: TrafficModel }) {
  const t = model.totals;
  const served = t.sent - t.failedTotal;
  const reasons = (['refused', 'timeout', 'http5xx', 'unresolved'] as const).filter((k) => t.failed[k] > 0).map((k) => `${t.failed[k]} ${k === 'http5xx' ? '5xx' : k}`);
  return (
    <div className="traffic-totals" data-testid="traffic-totals" data-sent={t.sent} data-failed={t.failedTotal}>
      <span>{model.rolloutAt === undefined ? 'Since traffic started' : 'Since the current rollout began'}:</span>{' '}
      <strong>{served}</strong> served, <strong className={t.failedTotal > 0 ? 'bad' : ''}>{t.failedTotal}</strong> failed
      {reasons.length > 0 && <> ({reasons.join(', ')})</>}
      <ul className="traffic-legend" aria-label="Share per version">
        {model.shares.map((v) => {
          const i = model.series.findIndex((x) => x.key === v.key);
          return (
            <li key={v.key} data-share={v.key}>
              <span className="swatch" style={{ background: versionColour(i) }} aria-hidden="true" />
              {model.series[i]?.label} {pct(v.share)} ({v.count})
            </li>
          );
        })}
        <li><span className="swatch failed" aria-hidden="true" />failed</li>
        {model.rolloutAt !== undefined && <li><span className="mark-key" aria-hidden="true" />rollout began</li>}
      </ul>
    </div>
  );
}

export function TrafficPanel() {
  const session = useScenarioState((s) => s.session);
  const model = useTrafficModel(session);
  if (!session) return null;
  return (
    <section className="traffic-panel" aria-labelledby="traffic-title" data-testid="traffic-panel">
      <h2 id="traffic-title">Traffic</h2>
      <Controls session={session} />
      {model && model.columns.length > 0 ? (
        <>
          <TrafficChart model={model} />
          <Totals model={model} />
        </>
      ) : (
        <p className="muted">No requests yet. Expose a Deployment (<code>kubectl expose deployment NAME --port 80</code>) and start traffic to see which version answers.</p>
      )}
    </section>
  );
}
