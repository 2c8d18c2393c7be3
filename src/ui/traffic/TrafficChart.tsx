/** The last minute of requests as stacked columns: answers per version (one colour each), failures in red on top, a dashed line where the current rollout began. */
import type { TrafficModel } from './trafficModel';
import { WINDOW_SECONDS } from './trafficModel';

const W = 600;
const H = 110;
const COL = W / WINDOW_SECONDS;

/** The colour of the version at `index` in first-seen order. */
export const versionColour = (index: number): string => `var(--rs-${(index % 4) + 2})`;

export function TrafficChart({ model }: { model: TrafficModel }) {
  const scale = (n: number) => (n / model.peak) * (H - 4);
  const failedSeconds = model.columns.filter((c) => c.failed > 0).length;
  // Where the current rollout began, when it is on screen.
  const mark = model.rolloutAt === undefined ? -1 : model.columns.findIndex((c) => c.at + 1000 > model.rolloutAt!);
  const label = `Requests per second over the last ${model.columns.length} seconds, stacked by version` +
    (failedSeconds > 0 ? `; ${failedSeconds} seconds with failed requests` : '; no failed requests');
  return (
    <div className="traffic-chart-wrap">
    <span className="peak" aria-hidden="true">{model.peak}/s</span>
    <svg className="traffic-chart" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <line x1={0} x2={W} y1={H - 0.5} y2={H - 0.5} className="axis" />
      {mark >= 0 && <line x1={mark * COL} x2={mark * COL} y1={0} y2={H} className="rollout-mark" data-testid="rollout-mark" />}
      {model.columns.map((c, i) => {
        const x = i * COL + 0.5;
        let y = H;
        const bars = c.byVersion.map((v) => {
          const h = scale(v.count);
          y -= h;
          const i = model.series.findIndex((x) => x.key === v.key);
          return <rect key={v.key} x={x} y={y} width={COL - 1} height={h} fill={versionColour(i)} data-version={model.series[i]?.label} />;
        });
        const fh = scale(c.failed);
        return (
          <g key={c.at}>
            {bars}
            {c.failed > 0 && <rect x={x} y={y - fh} width={COL - 1} height={fh} className="failed" data-failed={c.failed} />}
          </g>
        );
      })}
    </svg>
    </div>
  );
}
