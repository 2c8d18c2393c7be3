/** The loaded scenario, as the lab and the grader use it. */
import type { CheckNode } from './checkTree';
import type { ScenarioFile } from './schema';

/** One step: Markdown text, its hints (revealed one at a time) and its checks. */
export interface Step {
  title: string;
  text: string;
  hints: string[];
  checks: CheckNode[];
}

/** A validated scenario. `setup` and `solution` are what the lab replays. */
export interface Scenario extends Omit<ScenarioFile, 'steps'> {
  steps: Step[];
  /** The file it came from. */
  fileName: string;
}
