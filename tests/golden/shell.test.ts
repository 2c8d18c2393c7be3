/**
 * Replays every transcript in tests/golden/shell through a fresh shell on a fake clock and
 * compares the whole regenerated text with the file. `UPDATE_GOLDEN=1` rewrites the files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createShell, createVfs, neverInterrupt } from '../../src/shell/index';
import { createFakeTimer } from '../../src/shell/testing/fakeTimer';
import { replayTranscript, type TranscriptRunner } from '../../src/shell/testing/transcript';

const DIR = join(import.meta.dirname, 'shell');
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

/** A shell as the lab builds it: home /root, 80 columns, output to a terminal, sleep advancing the clock. */
function makeShell(): TranscriptRunner {
  const time = createFakeTimer(Date.UTC(2026, 0, 1));
  const fs = createVfs({ home: '/root', now: () => time.now() });
  const shell = createShell({ fs, time, editor: (req) => Promise.resolve(req.content + '# edited\n'), columns: () => 80 });
  return { run: (source, out) => shell.run(source, out, neverInterrupt, { isTTY: true }) };
}

describe('shell golden transcripts', () => {
  it('has transcripts to replay', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s replays exactly', async (file) => {
    const path = join(DIR, file);
    const expected = readFileSync(path, 'utf8');
    const actual = await replayTranscript(expected, makeShell);
    if (process.env.UPDATE_GOLDEN === '1' && actual !== expected) writeFileSync(path, actual);
    else expect(actual).toBe(expected);
  });
});
