/**
 * `npm run --silent grade -- SCENARIO_ID FILE` (FILE `-` reads stdin): runs the scenario's
 * setup, then the shell lines of FILE as `npm run sim` does, then prints each check with PASS
 * or FAIL and its message. Exits 0 only if every check passes.
 */
import { describeResult, formatLoadError, runTranscript, startScenario } from '../lab/index';
import { loadScenarioDir, readInput } from './files';

async function main(argv: readonly string[]): Promise<number> {
  const [id, file, ...rest] = argv;
  if (id === undefined || file === undefined || rest.length > 0) {
    process.stderr.write('usage: npm run --silent grade -- SCENARIO_ID FILE   (FILE - reads stdin)\n');
    return 2;
  }
  const { scenarios, errors } = loadScenarioDir();
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) {
    for (const e of errors) process.stderr.write(formatLoadError(e) + '\n');
    process.stderr.write(`grade: no scenario "${id}"; known: ${scenarios.map((s) => s.id).join(', ')}\n`);
    return 2;
  }
  const input = readInput(file);
  if (!input.ok) {
    process.stderr.write(`grade: cannot read ${file}: ${input.message}\n`);
    return 2;
  }
  const { session, failures } = await startScenario(scenario, 'headless');
  for (const f of failures) process.stderr.write(`grade: setup line failed (exit ${f.exitCode}): ${f.line}\n${f.output}`);
  await runTranscript(session, input.text.split('\n'));
  const result = session.grade();
  if (!result) return 2;
  const text = describeResult(result);
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
  return result.done && result.checks.every((c) => c.passed) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => void (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`grade: internal error: ${String(e)}\n`);
    process.exitCode = 70;
  },
);
