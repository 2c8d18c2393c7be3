/** The shell's public surface: the lab builds its session from these. */
export { createShell, type Shell, type ShellOptions, type ShellSnapshot } from './shell';
export { createVfs, restoreVfs, type Vfs, type VfsSnapshot } from './vfs';
export { createInterrupt, neverInterrupt, type InterruptController } from './interrupt';
export type { Completion } from './complete';
export { createLineEditor, type LineEditor, type LineEditorOptions, type TerminalOutput } from './line/editor';
export type * from './command';
/** Helpers for tests and replays: a clock that sleep advances, and golden transcript replay. */
export { createFakeTimer, type FakeTimer } from './testing/fakeTimer';
export { replayTranscript, runInputs, transcriptInputs, type TranscriptRunner } from './testing/transcript';
