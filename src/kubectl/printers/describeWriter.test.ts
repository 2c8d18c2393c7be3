import { describe, expect, it } from 'vitest';
import type { Event } from '../../engine/index';
import { DescribeWriter, describeEvents, printLabelsMultiline, rfc1123z } from './describeWriter';

const NOW = Date.parse('2026-01-01T00:20:00Z');
const ev = (reason: string, first: string, last: string, count: number): Event => ({
  apiVersion: 'v1', kind: 'Event', metadata: { name: reason, uid: reason, resourceVersion: '1', creationTimestamp: first },
  involvedObject: { kind: 'Deployment', name: 'web' }, reason, message: `${reason} happened `, type: 'Normal',
  source: { component: 'deployment-controller' }, firstTimestamp: first, lastTimestamp: last, count,
});

describe('describe text', () => {
  it('formats times as RFC 1123Z in UTC', () => {
    expect(rfc1123z('2026-07-20T10:00:00Z')).toBe('Mon, 20 Jul 2026 10:00:00 +0000');
  });

  it('labels go one per line under the first, sorted', () => {
    const w = new DescribeWriter();
    printLabelsMultiline(w, 'Labels', { b: '2', a: '1' });
    w.write(0, 'Selector:\tapp=web\n');
    expect(w.render()).toBe('Labels:    a=1\n           b=2\nSelector:  app=web\n');
  });

  it('repeated events show their count and span', () => {
    const w = new DescribeWriter();
    describeEvents(w, [ev('ScalingReplicaSet', '2026-01-01T00:00:00Z', '2026-01-01T00:08:00Z', 3), ev('Other', '2026-01-01T00:19:30Z', '2026-01-01T00:19:30Z', 1)], NOW);
    expect(w.render()).toBe(
      'Events:\n' +
      '  Type    Reason             Age                From                   Message\n' +
      '  ----    ------             ----               ----                   -------\n' +
      '  Normal  ScalingReplicaSet  12m (x3 over 20m)  deployment-controller  ScalingReplicaSet happened\n' +
      '  Normal  Other              30s                deployment-controller  Other happened\n',
    );
  });

  it('no events prints <none>', () => {
    const w = new DescribeWriter();
    describeEvents(w, [], NOW);
    expect(w.render()).toBe('Events:  <none>\n');
  });
});
