/**
 * Transcripts: lines of shell input run through a session in simulated time, printed as a
 * learner would see them — `$ ` and the line (`> ` for continuation lines of heredocs and
 * loops), then everything the command wrote, stdout and stderr in the order written.
 */
import type { Writer } from '../shell/command';
import { runInputs } from '../shell/index';

export interface TranscriptHost {
  runLine(source: string, out: { stdout: Writer; stderr: Writer }): Promise<number>;
  needsMore(source: string): 'complete' | 'continue' | 'error';
}

/**
 * Groups input lines into commands: a line, plus the following lines while the shell needs
 * more (heredoc bodies, loop bodies, open quotes). Blank lines between commands are skipped;
 * inside a command they are kept.
 */
export function groupCommands(host: TranscriptHost, lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] ?? '').trim() === '') {
      i += 1;
      continue;
    }
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

/** runCommands runs each group (a command and its continuation lines) and returns the transcript. */
export function runCommands(host: TranscriptHost, groups: readonly (readonly string[])[]): Promise<string> {
  return runInputs(groups, { run: (source, out) => host.runLine(source, out) });
}

/** runTranscript runs the lines of a shell file as `npm run sim` does. */
export function runTranscript(host: TranscriptHost, lines: readonly string[]): Promise<string> {
  return runCommands(host, groupCommands(host, lines));
}
