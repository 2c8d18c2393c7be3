/**
 * A polite live region announcing rollout progress ("web: 2 of 3 updated, 3 available"),
 * at most once every few seconds so screen readers are not flooded at 20× speed.
 */
import { useEffect, useRef, useState } from 'react';
import type { DeploymentView } from '../../lab/view/index';
import { useLab } from '../state/hooks';

const MIN_GAP_MS = 3000;

/** The sentence announced for one Deployment. */
export function progressSentence(d: DeploymentView): string {
  const { desired, updated, available } = d.counts;
  const done = updated === desired && available === desired && d.lanes.length <= 1 && d.terminating === 0;
  if (done) return `${d.name}: rollout complete, ${available} of ${desired} available`;
  return `${d.name}: ${updated} of ${desired} updated, ${available} available`;
}

export function LiveAnnouncer() {
  const deployments = useLab((s) => s.live.deployments);
  const message = deployments.map(progressSentence).join('. ');
  const [spoken, setSpoken] = useState('');
  const last = useRef(0);
  useEffect(() => {
    const wait = Math.max(0, last.current + MIN_GAP_MS - performance.now());
    const id = setTimeout(() => { last.current = performance.now(); setSpoken(message); }, wait);
    return () => clearTimeout(id);
  }, [message]);
  return <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{spoken}</div>;
}
