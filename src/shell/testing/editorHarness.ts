/** Drives a line editor the way the lab does (run the line, write output with \r\n, show the prompt), for tests. */
import { neverInterrupt } from '../interrupt';
import { createLineEditor, type LineEditor, type TerminalOutput } from '../line/editor';
import type { Shell } from '../shell';

export interface EditorHarness {
  editor: LineEditor;
  /** Sources the editor asked to run, in order. */
  runs: string[];
  interrupts: number;
  /** Resolves when the last started command has finished and the prompt is back. */
  idle(): Promise<void>;
}

/** Wires `shell` to an editor writing to `output`; `hold` lets a test keep a command running. */
export function editorHarness(shell: Shell, output: TerminalOutput, hold?: () => Promise<void>): EditorHarness {
  let last: Promise<void> = Promise.resolve();
  const h: EditorHarness = {
    runs: [],
    interrupts: 0,
    editor: createLineEditor({
      shell,
      output,
      interrupt: () => { h.interrupts++; },
      run: (source) => {
        h.runs.push(source);
        last = (async () => {
          if (hold) await hold();
          const w = { write: (t: string) => output.write(t.replace(/\n/g, '\r\n')) };
          await shell.run(source, { stdout: w, stderr: w }, neverInterrupt, { isTTY: true });
          h.editor.showPrompt();
        })();
        return last;
      },
    }),
    idle: async () => {
      for (let i = 0; i < 20; i++) await last;
    },
  };
  return h;
}
