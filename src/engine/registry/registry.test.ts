import { describe, expect, it } from 'vitest';
import { createRegistry, parseImageRef } from './registry';
import { containerProcess } from './process';

const reg = createRegistry();
const found = (image: string) => reg.lookup(image).ok;

describe('image references', () => {
  it.each([
    { image: 'nginx', full: 'docker.io/library/nginx:latest', repository: 'nginx', tag: 'latest' },
    { image: 'nginx:1.14.2', full: 'docker.io/library/nginx:1.14.2', repository: 'nginx', tag: '1.14.2' },
    { image: 'kubelab/demo:v2', full: 'docker.io/kubelab/demo:v2', repository: 'kubelab/demo', tag: 'v2' },
    { image: 'docker.io/library/redis:7.2', full: 'docker.io/library/redis:7.2', repository: 'redis', tag: '7.2' },
    { image: 'registry.k8s.io/pause:3.10', full: 'registry.k8s.io/pause:3.10', repository: 'registry.k8s.io/pause', tag: '3.10' },
    { image: 'localhost:5000/app:1', full: 'localhost:5000/app:1', repository: 'localhost:5000/app', tag: '1' },
  ])('$image → $full', ({ image, full, repository, tag }) => {
    expect(parseImageRef(image)).toEqual({ image, full, repository, tag });
  });

  it('rejects malformed references', () => {
    expect(parseImageRef('Nginx')).toBeUndefined();
    expect(reg.lookup('nginx::1').ok).toBe(false);
  });
});

describe('catalogue', () => {
  it.each(['nginx:1.14.2', 'nginx:1.16.1', 'nginx:1.19.10', 'nginx:1.25.3-alpine', 'nginx:latest', 'nginx:stable', 'nginx:alpine', 'nginx:1.27',
    'httpd:2.4', 'httpd:2.4.58', 'busybox', 'busybox:1.28', 'busybox:1.36.1', 'busybox:1.37.0', 'redis:7.2.4', 'redis:6', 'perl', 'perl:5.40', 'perl:5.38', 'perl:slim',
    'kubelab/demo:v1', 'kubelab/demo:v3', 'kubelab/demo:v-broken', 'kubelab/demo:v-crash'])('has %s', (image) => {
    expect(found(image)).toBe(true);
  });

  it.each(['nginx:1.14.3', 'nginx:9.9', 'httpd:2.5', 'redis:5.9.9'])('has no %s (NotFound)', (image) => {
    const r = reg.lookup(image);
    expect(!r.ok && r.failure.message).toMatch(/: not found$/);
  });

  it('nginx answers with its version in the Server header', () => {
    const r = reg.lookup('nginx:1.27.3');
    expect(r.ok && r.spec.http?.headers.Server).toBe('nginx/1.27.3');
  });

  it('scenario images replace or add tags', () => {
    const r = createRegistry([{ repository: 'kubelab/demo', tags: ['v4'], pullMs: 1, startMs: 1, readyAfterMs: null, process: { kind: 'serve' }, logs: [], stopMs: 1 }]);
    expect(r.lookup('kubelab/demo:v4').ok).toBe(true);
  });
});

describe('container process', () => {
  const spec = (image: string) => { const r = reg.lookup(image); if (!r.ok) throw new Error(image); return r.spec; };
  it.each([
    { name: 'busybox default exits 0 at once', image: 'busybox:1.36', c: {}, want: { kind: 'exit', exitCode: 0, afterMs: 0 } },
    { name: 'perl default exits 0', image: 'perl:5.40', c: {}, want: { kind: 'exit', exitCode: 0 } },
    { name: 'sleep 3600 runs an hour', image: 'busybox:1.36', c: { command: ['sleep', '3600'] }, want: { kind: 'exit', afterMs: 3_600_000 } },
    { name: 'sh -c with a loop serves', image: 'busybox:1.36', c: { command: ['sh', '-c', 'while true; do echo hi; sleep 5; done'] }, want: { kind: 'serve' } },
    { name: 'sh -c exit 3', image: 'busybox:1.36', c: { command: ['sh', '-c', 'echo bye; exit 3'] }, want: { kind: 'exit', exitCode: 3, logs: ['bye'] } },
    { name: "perl -e 'print 1' exits", image: 'perl:5.40', c: { command: ['perl', '-e', "print '1'"] }, want: { kind: 'exit', exitCode: 0, logs: ['1'] } },
    { name: 'nginx args keep serving', image: 'nginx:1.27', c: { args: ['nginx', '-g', 'daemon off;'] }, want: { kind: 'serve' } },
    { name: 'a missing executable cannot start', image: 'nginx:1.27', c: { command: ['foo'] }, want: { kind: 'startError' } },
  ])('$name', ({ image, c, want }) => {
    expect(containerProcess(spec(image), { name: 'x', ...c })).toMatchObject(want);
  });
});
