import { beforeEach, describe, expect, it } from 'vitest';
import { FakeCluster } from '../testing/fakeCluster';
import { MiniDeployment } from '../testing/miniDeployment';
import { acceptsArgs, runCheck } from '../testing/runCheck';

let fc: FakeCluster;
let web: MiniDeployment;

beforeEach(() => {
  fc = new FakeCluster();
  web = new MiniDeployment(fc, 'web', 3);
  web.create('nginx:1.26');
  fc.start();
});

const cases = [
  { name: 'objectExists: Deployment web exists', kind: 'objectExists', args: { kind: 'Deployment', name: 'web' }, passed: true, detail: 'Deployment "web" exists' },
  { name: 'objectExists: no Deployment db', kind: 'objectExists', args: { kind: 'Deployment', name: 'db' }, passed: false, detail: 'there is no Deployment "db" in namespace default' },
  { name: 'objectExists: 3 pods match app=web', kind: 'objectExists', args: { kind: 'Pod', labelSelector: 'app=web', equals: 3 }, passed: true, detail: '3 Pod object(s) match app=web' },
  { name: 'objectExists: at least 4 pods wanted', kind: 'objectExists', args: { kind: 'Pod', labelSelector: 'app=web', min: 4 }, passed: false, detail: '3 Pod object(s) match app=web; wanted at least 4' },
  { name: 'fieldEquals: spec.replicas = 3', kind: 'fieldEquals', args: { kind: 'Deployment', name: 'web', path: 'spec.replicas', value: 3 }, passed: true, detail: 'spec.replicas is 3' },
  { name: 'fieldEquals: the string "3" is not the number 3', kind: 'fieldEquals', args: { kind: 'Deployment', name: 'web', path: 'spec.replicas', value: '3' }, passed: false, detail: 'spec.replicas is 3, not "3"' },
  { name: 'fieldEquals: container by name filter', kind: 'fieldEquals', args: { kind: 'Deployment', name: 'web', path: 'spec.template.spec.containers[name=web].image', value: 'nginx:1.26' }, passed: true, detail: 'spec.template.spec.containers[name=web].image is nginx:1.26' },
  { name: 'fieldEquals: a map value', kind: 'fieldEquals', args: { kind: 'Deployment', name: 'web', path: 'spec.selector', value: { matchLabels: { app: 'web' } } }, passed: true, detail: 'spec.selector is {"matchLabels":{"app":"web"}}' },
  { name: 'fieldEquals: missing field', kind: 'fieldEquals', args: { kind: 'Deployment', name: 'web', path: 'spec.paused', value: true }, passed: false, detail: 'Deployment "web" has no spec.paused' },
  { name: 'fieldMatches: annotation by quoted key', kind: 'fieldMatches', args: { kind: 'Deployment', name: 'web', path: "metadata.annotations['deployment.kubernetes.io/revision']", pattern: '^1$' }, passed: true, detail: "metadata.annotations['deployment.kubernetes.io/revision'] is 1" },
  { name: 'fieldMatches: image does not match', kind: 'fieldMatches', args: { kind: 'Deployment', name: 'web', path: 'spec.template.spec.containers[0].image', pattern: ':1\\.27$' }, passed: false, detail: 'spec.template.spec.containers[0].image is nginx:1.26, which does not match /:1\\.27$/' },
  { name: 'deploymentComplete: web rolled out', kind: 'deploymentComplete', args: { name: 'web' }, passed: true, detail: 'deployment "web" successfully rolled out' },
  { name: 'deploymentImage: template uses nginx:1.26', kind: 'deploymentImage', args: { name: 'web', image: 'nginx:1.26' }, passed: true, detail: 'container web uses nginx:1.26' },
  { name: 'deploymentImage: docker.io/library prefix is the same image', kind: 'deploymentImage', args: { name: 'web', image: 'docker.io/library/nginx:1.26', pods: true }, passed: true, detail: 'all 3 pods run nginx:1.26' },
  { name: 'deploymentImage: wrong image', kind: 'deploymentImage', args: { name: 'web', image: 'nginx:1.27' }, passed: false, detail: "the template's container web uses nginx:1.26, not nginx:1.27" },
  { name: 'deploymentImage: unknown container', kind: 'deploymentImage', args: { name: 'web', image: 'nginx', container: 'sidecar' }, passed: false, detail: 'Deployment "web" has no container named "sidecar"' },
  { name: 'replicasReady: 3 of 3 ready', kind: 'replicasReady', args: { name: 'web' }, passed: true, detail: '3/3 replicas ready' },
  { name: 'replicasReady: spec is not 5', kind: 'replicasReady', args: { name: 'web', replicas: 5 }, passed: false, detail: 'spec.replicas is 3, not 5' },
  { name: 'strategyIs: default RollingUpdate 25%/25%', kind: 'strategyIs', args: { name: 'web', type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' }, passed: true, detail: 'RollingUpdate, maxSurge 25%, maxUnavailable 25%' },
  { name: 'strategyIs: not Recreate', kind: 'strategyIs', args: { name: 'web', type: 'Recreate' }, passed: false, detail: 'the strategy type is RollingUpdate, not Recreate' },
  { name: 'strategyIs: resolved 1 surge equals 25% of 3', kind: 'strategyIs', args: { name: 'web', type: 'RollingUpdate', maxSurge: 1, resolved: true }, passed: true, detail: 'RollingUpdate, maxSurge 25%, maxUnavailable 25%' },
  { name: 'strategyIs: as written 1 is not 25%', kind: 'strategyIs', args: { name: 'web', type: 'RollingUpdate', maxSurge: 1 }, passed: false, detail: 'maxSurge is 25%, not 1' },
  { name: 'revisionCount: one revision', kind: 'revisionCount', args: { name: 'web', equals: 1 }, passed: true, detail: 'the history lists 1 revision(s) (1)' },
  { name: 'rolloutHistoryContains: revision 2 missing', kind: 'rolloutHistoryContains', args: { name: 'web', revisions: [1, 2] }, passed: false, detail: 'missing revision 2; the history lists: 1 nginx:1.26 <none>' },
] as const;

describe('state checks on a freshly rolled-out Deployment web (3 × nginx:1.26)', () => {
  it.each(cases)('$name', ({ kind, args, passed, detail }) => {
    expect(runCheck(kind, args, fc)).toMatchObject({ passed, detail });
  });
});

describe('state checks after an update', () => {
  beforeEach(() => web.setImage('nginx:1.27'));

  it.each([
    { name: 'deploymentImage with pods: every pod runs nginx:1.27', kind: 'deploymentImage', args: { name: 'web', image: 'nginx:1.27', pods: true }, passed: true, detail: 'all 3 pods run nginx:1.27' },
    { name: 'revisionCount between 2 and 5', kind: 'revisionCount', args: { name: 'web', min: 2, max: 5 }, passed: true, detail: 'the history lists 2 revision(s) (1, 2)' },
    { name: 'rolloutHistoryContains both images and current revision 2', kind: 'rolloutHistoryContains', args: { name: 'web', images: ['nginx:1.26', 'nginx:1.27'], current: 2 }, passed: true, detail: 'the history lists: 1 nginx:1.26 <none>; 2 nginx:1.27 <none>' },
    { name: 'rolloutHistoryContains change-cause missing', kind: 'rolloutHistoryContains', args: { name: 'web', changeCauses: ['1\\.27'] }, passed: false, detail: 'missing a change-cause matching /1\\.27/; the history lists: 1 nginx:1.26 <none>; 2 nginx:1.27 <none>' },
  ])('$name', ({ kind, args, passed, detail }) => {
    expect(runCheck(kind, args, fc)).toMatchObject({ passed, detail });
  });
});

describe('argument schemas', () => {
  it.each([
    { kind: 'strategyIs', args: { name: 'web', type: 'RollingUpdate', maxSurge: '5' }, ok: false },
    { kind: 'strategyIs', args: { name: 'web', type: 'Rolling' }, ok: false },
    { kind: 'revisionCount', args: { name: 'web' }, ok: false },
    { kind: 'fieldEquals', args: { kind: 'Deployment', name: 'web', path: 'spec..replicas', value: 1 }, ok: false },
    { kind: 'fieldEquals', args: { kind: 'Deploy', name: 'web', path: 'spec', value: 1 }, ok: false },
    { kind: 'rolloutHistoryContains', args: { name: 'web' }, ok: false },
    { kind: 'objectExists', args: { kind: 'Pod' }, ok: true },
  ])('$kind $args.name: ok=$ok', ({ kind, args, ok }) => {
    expect(acceptsArgs(kind, args)).toBe(ok);
  });
});
