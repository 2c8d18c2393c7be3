import { describe, expect, it } from 'vitest';
import { TERMINAL_KEEP, createSession, trimmedScrollback } from './session';
import { runTranscript } from './transcript';

const ROLLOUT = [
  'kubectl create deployment web --image=nginx:1.27 --replicas=4',
  'kubectl rollout status deployment/web',
  'kubectl set image deployment/web nginx=nginx:1.28',
  'sleep 3',
];

const quietRun = (s: ReturnType<typeof createSession>, line: string) =>
  s.runLine(line, { stdout: { write: () => {} }, stderr: { write: () => {} } });

describe('createSession', () => {
  it('same seed and same lines give the same transcript, byte for byte', async () => {
    const a = await runTranscript(createSession({ mode: 'headless', seed: 7 }), ROLLOUT);
    const b = await runTranscript(createSession({ mode: 'headless', seed: 7 }), ROLLOUT);
    expect(a).toBe(b);
    expect(a).toContain('deployment "web" successfully rolled out');
  });

  it('a restored snapshot rebuilds the very same cluster, files, history and clock', async () => {
    const s = createSession({ mode: 'headless', seed: 3 });
    for (const line of [...ROLLOUT, 'echo hi > note.txt', 'export COLOR=blue']) await quietRun(s, line);
    const snap = JSON.parse(JSON.stringify(s.serialize())) as ReturnType<typeof s.serialize>;
    const r = createSession({ mode: 'headless', restore: snap });
    expect(r.clock().now).toBe(s.clock().now);
    expect(r.changes()).toEqual(s.changes());
    expect(r.commands()).toEqual(s.commands());
    let out = '';
    await r.runLine('cat note.txt; echo $COLOR; history | tail -1', { stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (out += t) } });
    expect(out).toBe('hi\nblue\n    7  cat note.txt; echo $COLOR; history | tail -1\n');
  });

  it('the namespace set with kubectl config set-context is saved and restored with the session', async () => {
    const s = createSession({ mode: 'headless', seed: 3 });
    await quietRun(s, 'kubectl create namespace dev');
    await quietRun(s, 'kubectl config set-context --current --namespace=dev');
    const snap = JSON.parse(JSON.stringify(s.serialize())) as ReturnType<typeof s.serialize>;
    expect(snap.namespace).toBe('dev');
    const r = createSession({ mode: 'headless', restore: snap });
    let out = '';
    await r.runLine('kubectl config view --minify -o jsonpath={..namespace}; echo; kubectl get pods', { stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (out += t) } });
    expect(out).toBe('dev\nNo resources found in dev namespace.\n');
    expect(createSession({ mode: 'headless' }).serialize().namespace).toBeUndefined();
  });

  it('a restored session redraws what the terminal showed, its old prompt line making way for the new prompt', async () => {
    const s = createSession({ mode: 'headless', seed: 3 });
    let first = '';
    const link = s.attachTerminal({ write: (d) => void (first += d), columns: () => 80 });
    await new Promise<void>((resolve) => {
      const unsubscribe = s.subscribe(() => { if (s.commands().length > 0) { unsubscribe(); resolve(); } });
      link.input('echo hello\r');
    });
    const snap = JSON.parse(JSON.stringify(s.serialize())) as ReturnType<typeof s.serialize>;
    expect(snap.terminal).toContain('echo hello');
    expect(snap.terminal).toContain('hello\r\n');
    let second = '';
    createSession({ mode: 'headless', restore: snap }).attachTerminal({ write: (d) => void (second += d), columns: () => 80 });
    expect(second.startsWith(`${snap.terminal ?? ''}\r\x1b[2K`)).toBe(true);
    expect(second.length).toBeGreaterThan((snap.terminal ?? '').length + 4);
  });

  it.each([
    { name: 'short output is kept whole', text: 'a\r\nb\r\n', want: 'a\r\nb\r\n' },
    { name: 'long output keeps its tail from a line start', text: `${'x'.repeat(TERMINAL_KEEP)}\r\n\x1b[1mtail\x1b[0m\r\n`, want: '\x1b[1mtail\x1b[0m\r\n' },
    { name: 'a tail with no line start is dropped', text: 'y'.repeat(TERMINAL_KEEP + 10), want: '' },
  ])('terminal scrollback: $name', ({ text, want }) => {
    expect(trimmedScrollback(text)).toBe(want);
  });

  it('live mode moves time only through tick while playing, at the chosen speed', () => {
    const s = createSession({ mode: 'live' });
    const t0 = s.clock().now;
    s.tick(1000);
    expect(s.clock().now).toBe(t0);
    s.play();
    s.setSpeed(10);
    s.tick(1000);
    expect(s.clock().now).toBe(t0 + 10_000);
    s.setSpeed(100);
    expect(s.clock().speed).toBe(20);
  });

  it('live sleep resolves once ticks have moved the clock past it; Ctrl-C interrupts', async () => {
    const s = createSession({ mode: 'live' });
    s.play();
    let done = false;
    const p = quietRun(s, 'sleep 5').then((code) => ((done = true), code));
    await new Promise((r) => setTimeout(r, 0));
    s.tick(4000);
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    s.tick(1000);
    expect(await p).toBe(0);
    const q = quietRun(s, 'sleep 100');
    await new Promise((r) => setTimeout(r, 0));
    s.interrupt();
    expect(await q).toBe(130);
  });
});

describe('createSession tick', () => {
  it('fractional frame times add up to whole simulated milliseconds', () => {
    const s = createSession({ mode: 'live' });
    const t0 = s.clock().now;
    s.play();
    s.setSpeed(0.5);
    for (let i = 0; i < 60; i++) s.tick(16.7);
    expect(Math.abs(s.clock().now - (t0 + 60 * 16.7 * 0.5))).toBeLessThanOrEqual(1);
    expect(Number.isInteger(s.clock().now)).toBe(true);
  });
});
