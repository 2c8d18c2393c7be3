import { beforeEach, describe, expect, it } from 'vitest';
import type { Event } from '../../engine/index';
import { FakeCluster } from '../testing/fakeCluster';
import { MiniDeployment } from '../testing/miniDeployment';
import { runCheck } from '../testing/runCheck';

let fc: FakeCluster;

function event(name: string, reason: string, message: string, type = 'Normal', kind = 'Deployment', on = 'web'): void {
  fc.put<Event>({
    apiVersion: 'v1', kind: 'Event',
    metadata: { name, namespace: 'default', uid: name, resourceVersion: '', creationTimestamp: '' },
    involvedObject: { kind, name: on, namespace: 'default' }, reason, message, type,
  });
}

beforeEach(() => {
  fc = new FakeCluster();
  new MiniDeployment(fc, 'web', 2).create('nginx:1.26');
  event('web.1', 'ScalingReplicaSet', 'Scaled up replica set web-abc from 0 to 2');
  fc.start();
  event('web.2', 'ScalingReplicaSet', 'Scaled up replica set web-def from 0 to 1');
  event('web-def-x.1', 'Failed', 'Failed to pull image "nginx:9.9": not found', 'Warning', 'Pod', 'web-def-x');
  fc.type('kubectl get pods', 0);
  fc.type('kubectl rollout undo deploy/web --to-revision=7', 1);
  fc.type('kubectl rollout undo deployment/web', 0);
  fc.files.set('web.yaml', 'spec:\n  replicas: 4\n');
});

describe.each([
  { name: 'eventSeen: a scaling event since the start', kind: 'eventSeen', args: { reason: 'ScalingReplicaSet', message: 'web-def' }, passed: true, detail: 'Normal ScalingReplicaSet on Deployment/web: Scaled up replica set web-def from 0 to 1' },
  { name: 'eventSeen: setup events do not count', kind: 'eventSeen', args: { reason: 'ScalingReplicaSet', message: 'web-abc' }, passed: false, detail: 'no such event has been recorded yet' },
  { name: 'eventSeen: setup events count with includeSetup', kind: 'eventSeen', args: { reason: 'ScalingReplicaSet', message: 'web-abc', includeSetup: true }, passed: true, detail: 'Normal ScalingReplicaSet on Deployment/web: Scaled up replica set web-abc from 0 to 2' },
  { name: 'eventSeen: Warning on a pod by name prefix', kind: 'eventSeen', args: { type: 'Warning', kind: 'Pod', name: 'web-*', message: 'pull image' }, passed: true, detail: 'Warning Failed on Pod/web-def-x: Failed to pull image "nginx:9.9": not found' },
  { name: 'commandUsed: rollout undo', kind: 'commandUsed', args: { pattern: 'rollout undo' }, passed: true, detail: 'you ran: kubectl rollout undo deploy/web --to-revision=7' },
  { name: 'commandUsed: succeeded skips the failed line', kind: 'commandUsed', args: { pattern: 'to-revision', succeeded: true }, passed: false, detail: '"kubectl rollout undo deploy/web --to-revision=7" exited with status 1' },
  { name: 'commandUsed: never typed', kind: 'commandUsed', args: { pattern: 'kubectl scale' }, passed: false, detail: 'no typed line matches yet' },
  { name: 'commandNotUsed: no kubectl edit', kind: 'commandNotUsed', args: { pattern: 'kubectl edit' }, passed: true, detail: 'no typed line matches /kubectl edit/' },
  { name: 'commandNotUsed: get pods was typed', kind: 'commandNotUsed', args: { pattern: 'get pods' }, passed: false, detail: 'you ran: kubectl get pods' },
  { name: 'fileContains: text', kind: 'fileContains', args: { path: '~/web.yaml', text: 'replicas: 4' }, passed: true, detail: '~/web.yaml is as required' },
  { name: 'fileContains: multiline pattern', kind: 'fileContains', args: { path: 'web.yaml', pattern: '^\\s+replicas: [0-9]+$' }, passed: true, detail: '~/web.yaml is as required' },
  { name: 'fileContains: missing file', kind: 'fileContains', args: { path: 'db.yaml' }, passed: false, detail: '~/db.yaml does not exist' },
  { name: 'fileContains: text missing', kind: 'fileContains', args: { path: 'web.yaml', text: 'replicas: 5' }, passed: false, detail: '~/web.yaml does not contain "replicas: 5"' },
])('$name', ({ kind, args, passed, detail }) => {
  it('answers', () => {
    expect(runCheck(kind, args, fc)).toMatchObject({ passed, detail });
  });
});
