/**
 * A headless lab session with curl registered, built the way src/lab/session.ts builds one
 * (same home, environment, terminal width, headless timer, non-TTY transcript output), so the
 * traffic transcripts replay identically here and, once the lab registers curl, in
 * tests/golden.test.ts.
 */
import { createCurl } from '../../../src/curl/index';
import { createCluster, type Cluster } from '../../../src/engine/index';
import { createKubectl } from '../../../src/kubectl/index';
import { createLabTimer } from '../../../src/lab/timer';
import { createInterrupt, createShell, createVfs } from '../../../src/shell/index';
import type { Writer } from '../../../src/shell/command';

const ENV = { HOME: '/root', USER: 'root', LOGNAME: 'root', HOSTNAME: 'controlplane', TERM: 'xterm-256color', SHELL: '/bin/bash', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', KUBECONFIG: '/root/.kube/config' };

/** A shell over a fresh seed-1 cluster with kubectl and curl; `run` is a transcript runner. */
export function trafficSession(seed = 1): { cluster: Cluster; run(source: string, out: { stdout: Writer; stderr: Writer }): Promise<number>; needsMore(source: string): 'complete' | 'continue' | 'error' } {
  const cluster = createCluster({ seed });
  const timer = createLabTimer(cluster, 'headless', (fn) => void setTimeout(fn, 0));
  cluster.subscribe(() => timer.settle());
  const fs = createVfs({ home: '/root', files: {}, now: () => cluster.now() });
  const shell = createShell({
    fs, time: timer, env: ENV, columns: () => 120, editor: () => Promise.resolve(null),
    commands: [createKubectl({ api: cluster.api }), createCurl({ network: cluster.network })],
  });
  return {
    cluster,
    run: (source, out) => shell.run(source, out, createInterrupt().signal, { isTTY: false }),
    needsMore: (source) => shell.needsMore(source),
  };
}
