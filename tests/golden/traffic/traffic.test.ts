/**
 * Replays tests/golden/traffic/*.txt through a headless session with curl (harness.ts) and
 * compares each whole file. `UPDATE_GOLDEN=1` rewrites them; read the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayTranscript } from '../../../src/shell/testing/transcript';
import { trafficSession } from './harness';

const DIR = import.meta.dirname;
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('traffic transcripts', () => {
  it.each(files)('%s', async (file) => {
    const path = join(DIR, file);
    const expected = readFileSync(path, 'utf8');
    const actual = await replayTranscript(expected, () => trafficSession(1));
    if (process.env.UPDATE_GOLDEN && actual !== expected) writeFileSync(path, actual);
    else expect(actual).toBe(expected);
  });
});
