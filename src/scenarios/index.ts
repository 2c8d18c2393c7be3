/** The scenarios layer's public surface: load scenario files, grade a session against them. */
export { loadScenario, loadAll, formatLoadError } from './load';
export type { LoadError, LoadResult } from './load';
export { createGrader, describeResult } from './grade';
export type { CheckResult, GradeResult, Grader, GraderState } from './grade';
export type { CommandRecord, GradeView } from './checks/types';
export type { Scenario, Step } from './scenario';
export type { CheckNode } from './checkTree';
export type { ImageSpec } from './imageSpec';
export { CHECK_KINDS } from './checks/registry';
export { generateScenarioJsonSchema } from './jsonSchema';
export { codeBlocks } from './markdown';
export type { CodeBlock } from './markdown';
