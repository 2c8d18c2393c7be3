/**
 * Golden transcripts: `$ ` input lines (continuation lines start with `> `) followed by the
 * exact output. replayTranscript reruns the inputs and regenerates the whole text, so a test
 * compares files as a whole. It only needs something that runs a source and writes its output.
 */
import type { Writer } from '../command';

/** Runs one input (possibly several lines) and writes stdout and stderr, interleaved, to `out`. */
export interface TranscriptRunner {
  run(source: string, out: { stdout: Writer; stderr: Writer }): Promise<unknown>;
}

/** The inputs of a transcript: each `$ ` line with the `> ` lines after it. */
export function transcriptInputs(text: string): string[][] {
  const inputs: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ') || line === '$') inputs.push([line.slice(2)]);
    else if ((line.startsWith('> ') || line === '>') && inputs.length > 0) inputs[inputs.length - 1]?.push(line.slice(2));
  }
  return inputs;
}

/**
 * Replays the inputs of `text` through a runner from `makeRunner` and returns the regenerated
 * transcript: each input (`$ ` first line, `> ` continuation lines), then its output exactly
 * as written, stdout and stderr in order. Output without a final newline gets one, so that
 * the next `$ ` starts a line.
 */
export async function replayTranscript(text: string, makeRunner: () => TranscriptRunner | Promise<TranscriptRunner>): Promise<string> {
  return runInputs(transcriptInputs(text), await makeRunner());
}

/**
 * Runs each input (a command and its continuation lines) and returns the transcript: the
 * input lines, then the output as written. Also what `npm run sim` prints.
 */
export async function runInputs(inputs: readonly (readonly string[])[], runner: TranscriptRunner): Promise<string> {
  let out = '';
  for (const lines of inputs) {
    out += lines.map((l, i) => `${i === 0 ? '$' : '>'}${l === '' ? '' : ' ' + l}\n`).join('');
    let produced = '';
    const sink: Writer = { write: (t) => { produced += t; } };
    await runner.run(lines.join('\n'), { stdout: sink, stderr: sink });
    out += produced === '' || produced.endsWith('\n') ? produced : produced + '\n';
  }
  return out;
}
