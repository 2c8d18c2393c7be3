/** Reading the repository's scenario files and input files for the headless tools. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll, type LoadError, type Scenario } from '../lab/index';

export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'scenarios');
const SCENARIO_FILE = /^\d{3}-.+\.yaml$/;

/** Loads every `NNN-id.yaml` in scenarios/, with every mistake the loader found. */
export function loadScenarioDir(dir = SCENARIO_DIR): { scenarios: Scenario[]; errors: LoadError[] } {
  const names = readdirSync(dir).filter((n) => SCENARIO_FILE.test(n)).sort();
  return loadAll(names.map((name) => ({ name: join('scenarios', name), text: readFileSync(join(dir, name), 'utf8') })));
}

/** Reads FILE, or stdin for `-`; an Error's message on failure. */
export function readInput(file: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(file === '-' ? 0 : file, 'utf8') };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
