/**
 * Golden transcripts: every tests/golden/<dir>/*.txt (but shell/, which src/shell replays on
 * its own) is replayed through a headless lab session with seed 1 and compared in full.
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts` rewrites them; read the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, runCommands } from '../src/lab/index';
import { transcriptInputs } from '../src/shell/index';

const ROOT = join(import.meta.dirname, 'golden');
const OWN_RUNNER = new Set(['shell']);

const files = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !OWN_RUNNER.has(d.name))
  .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(d.name, f)))
  .sort();

describe('golden transcripts', () => {
  it('has transcripts to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files)('%s', async (file) => {
    const path = join(ROOT, file);
    const expected = readFileSync(path, 'utf8');
    const session = createSession({ mode: 'headless', seed: 1 });
    const actual = await runCommands(session, transcriptInputs(expected));
    if (process.env.UPDATE_GOLDEN && actual !== expected) writeFileSync(path, actual);
    else expect(actual).toBe(expected);
  });
});
