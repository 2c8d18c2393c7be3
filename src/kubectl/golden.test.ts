/**
 * Replays kubectl's golden transcripts (tests/golden/kubectl/*.txt) through the shell with
 * kubectl on a fresh cluster, and compares each whole file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine/cluster';
import { createShell } from '../shell/shell';
import { replayTranscript } from '../shell/testing/transcript';
import { createVfs } from '../shell/vfs';
import { createKubectl } from './index';
import { NEVER_INTERRUPTED, clusterTimer } from './testing/session';

const DIR = join(import.meta.dirname, '../../tests/golden/kubectl');
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('kubectl golden transcripts', () => {
  it.each(files)('%s', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const out = await replayTranscript(text, () => {
      const cluster = createCluster({ seed: 1 });
      const fs = createVfs({ home: '/root', now: () => cluster.now() });
      const shell = createShell({ fs, time: clusterTimer(cluster), editor: () => Promise.resolve(null), commands: [createKubectl({ api: cluster.api })] });
      return { run: (src, o) => shell.run(src, o, NEVER_INTERRUPTED, { isTTY: true }) };
    });
    expect(out).toBe(text);
  });
});
