/** The lab layer's public surface, for the UI and the headless tools. */
export { createSession, DEFAULT_SEED, HOME, MIN_SPEED, MAX_SPEED } from './session';
export type { LabSession, SessionOptions, SessionSnapshot, ScenarioProgress } from './session';
export { startScenario, type SetupFailure } from './scenarioSession';
export { runTranscript, runCommands, groupCommands, type TranscriptHost } from './transcript';
export type * from './types';
export type { TimeMode } from './timer';
export { loadScenario, loadAll, formatLoadError, describeResult, codeBlocks } from '../scenarios/index';
export type { Scenario, Step, GradeResult, CheckResult, LoadError } from '../scenarios/index';
export { selfTestScenario } from './selfTest';
export { summarizeTraffic } from '../engine/index';
export type { TrafficSummary, VersionShare } from '../engine/index';
