/**
 * Test support: a shell with kubectl on a fresh simulated cluster (seed 1), the way the lab
 * wires them, for replaying kubectl's golden transcripts before the lab session exists.
 * `sleep` and waits advance the cluster's clock; with nothing scheduled, waits report idle.
 */
import type { ClusterApi, LogReader } from '../../engine/index';
import type { Command, EditorHook, Interrupt, SimTimer, Writer } from '../../shell/command';

/** The parts of a cluster this needs (engine/clusterTypes Cluster). */
export interface ClockedCluster {
  readonly api: ClusterApi & LogReader;
  now(): number;
  advance(ms: number): void;
  nextDueAt(): number | undefined;
}

/** A SimTimer that drives the cluster's own clock. */
export function clusterTimer(cluster: ClockedCluster): SimTimer {
  return {
    now: () => cluster.now(),
    sleep: (ms, intr) => { if (intr.aborted) return Promise.resolve('interrupted'); cluster.advance(ms); return Promise.resolve('elapsed'); },
    waitFor: (ready, ms, intr) => {
      const deadline = ms === undefined ? undefined : cluster.now() + ms;
      for (;;) {
        if (intr.aborted) return Promise.resolve('interrupted');
        if (ready()) return Promise.resolve('ready');
        const next = cluster.nextDueAt();
        if (deadline !== undefined && (next === undefined || next > deadline)) {
          cluster.advance(deadline - cluster.now());
          return Promise.resolve(ready() ? 'ready' : 'elapsed');
        }
        if (next === undefined) return Promise.resolve('idle');
        cluster.advance(Math.max(0, next - cluster.now()));
      }
    },
  };
}

export const NEVER_INTERRUPTED: Interrupt = { aborted: false, onAbort: () => () => undefined };

/** What a transcript runner needs from a shell. */
export interface ShellLike {
  run(source: string, out: { stdout: Writer; stderr: Writer }, interrupt: Interrupt, opts?: { isTTY?: boolean }): Promise<number>;
}

export type MakeShell = (opts: { time: SimTimer; editor: EditorHook; commands: Command[]; now: () => number }) => ShellLike;
