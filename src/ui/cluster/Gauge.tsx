/** A live gauge against one limit of the rollout budget; a crossed limit turns red and says so. */
import type { GaugeView } from '../../lab/view/index';

export function Gauge({ gauge, scale }: { gauge: GaugeView; scale: number }) {
  const pct = (n: number) => `${Math.min(100, (n / Math.max(1, scale)) * 100)}%`;
  return (
    <div className={`gauge${gauge.crossed ? ' crossed' : ''}`} data-gauge={gauge.id} data-value={gauge.value}
      data-limit={gauge.limit} data-crossed={gauge.crossed}>
      <div className="gauge-label">
        <span>{gauge.label}</span>
        <strong>{gauge.value}</strong>
        <span className="gauge-limit">{gauge.limitKind === 'max' ? '≤' : '≥'} {gauge.limit}</span>
        {gauge.crossed && <span className="gauge-alert">{gauge.limitKind === 'max' ? 'over limit' : 'below limit'}</span>}
      </div>
      <div className="gauge-track" role="meter" aria-label={gauge.words} aria-valuenow={gauge.value}
        aria-valuemin={0} aria-valuemax={scale}>
        <div className="gauge-fill" style={{ width: pct(gauge.value) }} />
        <div className={`gauge-mark ${gauge.limitKind}`} style={{ left: pct(gauge.limit) }} title={gauge.words} />
      </div>
    </div>
  );
}
