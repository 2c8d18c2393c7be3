/**
 * `npm run --silent sim -- [--seed N] FILE` (FILE `-` reads stdin): runs each line of FILE
 * through a lab session in simulated time and prints the transcript a learner would see.
 * Exit status 0 unless FILE cannot be read.
 */
import { readFileSync } from 'node:fs';
import { createSession, runTranscript, DEFAULT_SEED } from '../lab/index';

const USAGE = 'usage: npm run --silent sim -- [--seed N] FILE   (FILE - reads stdin)\n';

interface SimArgs {
  seed: number;
  file: string;
}

/** parseArgs reads `[--seed N] FILE`; returns an error text for anything else. */
export function parseArgs(argv: readonly string[]): SimArgs | string {
  let seed = DEFAULT_SEED;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const inline = /^--seed=(.*)$/.exec(arg);
    if (arg === '--seed' || inline) {
      const value = inline ? inline[1] : argv[++i];
      if (value === undefined || !/^\d+$/.test(value)) return `sim: --seed needs a whole number\n${USAGE}`;
      seed = Number(value);
    } else if (file === undefined && (arg === '-' || !arg.startsWith('-'))) {
      file = arg;
    } else {
      return `sim: unexpected argument '${arg}'\n${USAGE}`;
    }
  }
  if (file === undefined) return USAGE;
  return { seed, file };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`sim: cannot read ${args.file}: ${(e as Error).message}\n`);
    return 1;
  }
  const session = createSession({ mode: 'headless', seed: args.seed });
  process.stdout.write(await runTranscript(session, text.split('\n')));
  return 0;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`sim: internal error: ${String(e)}\n`);
  process.exitCode = 70;
});
