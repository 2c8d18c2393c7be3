/**
 * The scenario files bundled with the page (scenarios/*.yaml, each its own lazy chunk),
 * loaded and validated with the scenarios loader. A file with mistakes becomes an entry that
 * carries its errors, so the catalogue can show them instead of crashing.
 */
import { formatLoadError, loadScenario, type Scenario } from '../../lab/index';

const files = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

/** One catalogue entry: a valid scenario, or a file that failed to load with its errors. */
export type CatalogEntry = { ok: true; file: string; scenario: Scenario } | { ok: false; file: string; errors: string[] };

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Loads one file's text as a catalogue entry (errors as `file:line:col: field: message`). */
export async function loadFile(path: string, read: () => Promise<string>): Promise<CatalogEntry> {
  const file = baseName(path);
  try {
    const r = loadScenario(await read(), file);
    return r.ok ? { ok: true, file, scenario: r.scenario } : { ok: false, file, errors: r.errors.map(formatLoadError) };
  } catch (e) {
    return { ok: false, file, errors: [`${file}: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

let all: Promise<CatalogEntry[]> | null = null;

/** Every bundled scenario file, in file-name order (loaded once). */
export function loadCatalog(): Promise<CatalogEntry[]> {
  all ??= Promise.all(Object.keys(files).sort().map((p) => loadFile(p, files[p]!)));
  return all;
}

/** The valid scenario with `id`, or undefined. */
export async function findScenario(id: string): Promise<Scenario | undefined> {
  const entries = await loadCatalog();
  for (const e of entries) if (e.ok && e.scenario.id === id) return e.scenario;
  return undefined;
}
