/**
 * Transcripts: lines of shell input run through a session in simulated time, printed as a
 * learner would see them — `$ ` and the line (`> ` for continuation lines of heredocs and
 * loops), then everything the command wrote, stdout and stderr in the order written.
 */
import type { Writer } from '../shell/command';

export interface TranscriptHost {
  runLine(source: string, out: { stdout: Writer; stderr: Writer }): Promise<number>;
  needsMore(source: string): 'complete' | 'continue' | 'error';
}

/** Groups input lines into commands: a line, plus the following lines while the shell needs more. */
export function groupCommands(host: TranscriptHost, lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let i = 0;
  while (i < lines.length) {
    const group = [lines[i] ?? ''];
    i += 1;
    while (i < lines.length && host.needsMore(group.join('\n')) === 'continue') {
      group.push(lines[i] ?? '');
      i += 1;
    }
    groups.push(group);
  }
  return groups;
}

/**
 * runCommands runs each group (a command and its continuation lines) and returns the
 * transcript. Output that does not end in a newline gets one, so each `$ ` starts a line.
 */
export async function runCommands(host: TranscriptHost, groups: readonly (readonly string[])[]): Promise<string> {
  let text = '';
  for (const group of groups) {
    text += group.map((l, n) => `${n === 0 ? '$' : '>'}${l === '' ? '' : ' ' + l}\n`).join('');
    let produced = '';
    const sink: Writer = { write: (s) => void (produced += s) };
    await host.runLine(group.join('\n'), { stdout: sink, stderr: sink });
    text += produced === '' || produced.endsWith('\n') ? produced : produced + '\n';
  }
  return text;
}

/** runTranscript runs the lines of a shell file (blank lines skipped) as `npm run sim` does. */
export function runTranscript(host: TranscriptHost, lines: readonly string[]): Promise<string> {
  return runCommands(host, groupCommands(host, lines.filter((l) => l.trim() !== '')));
}
