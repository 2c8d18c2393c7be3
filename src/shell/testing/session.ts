/** A shell on a fake clock and a fresh filesystem, for tests: run a line, get its output. */
import type { Command, Interrupt } from '../command';
import { neverInterrupt } from '../interrupt';
import { createShell, type Shell } from '../shell';
import { createVfs, type Vfs } from '../vfs';
import { createFakeTimer, type FakeTimer } from './fakeTimer';

export interface TestShell {
  shell: Shell;
  fs: Vfs;
  time: FakeTimer;
  /** Runs `source` and returns stdout+stderr as written, and the status. */
  run(source: string, opts?: { interrupt?: Interrupt; isTTY?: boolean }): Promise<{ out: string; status: number }>;
}

/** Builds a test shell with optional files in the home directory and extra commands. */
export function testShell(opts: { files?: Record<string, string>; commands?: Command[]; columns?: number } = {}): TestShell {
  const time = createFakeTimer();
  const fs = createVfs({ home: '/root', now: () => time.now(), files: opts.files ?? {} });
  const shell = createShell({
    fs, time, commands: opts.commands ?? [], columns: () => opts.columns ?? 80,
    editor: (req) => Promise.resolve(req.content + 'edited\n'),
  });
  return {
    shell, fs, time,
    run: async (source, runOpts) => {
      let out = '';
      const w = { write: (t: string) => { out += t; } };
      const status = await shell.run(source, { stdout: w, stderr: w }, runOpts?.interrupt ?? neverInterrupt, { isTTY: runOpts?.isTTY ?? false });
      return { out, status };
    },
  };
}
