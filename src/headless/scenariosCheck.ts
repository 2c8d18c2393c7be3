/**
 * `npm run --silent scenarios:check`: validates every file in scenarios/ and, for each scenario,
 * checks that its goal is NOT met right after setup and IS met after its reference solution.
 * One line per scenario (`ok   <id>` or `FAIL <id>: why`); exits non-zero on any failure.
 */
import { formatLoadError, selfTestScenario } from '../lab/index';
import { loadScenarioDir } from './files';

async function main(): Promise<number> {
  const { scenarios, errors } = loadScenarioDir();
  for (const e of errors) process.stdout.write(`FAIL ${e.file}: ${formatLoadError(e)}\n`);
  let failed = errors.length;
  for (const scenario of scenarios) {
    const problems = await selfTestScenario(scenario);
    if (problems.length === 0) process.stdout.write(`ok   ${scenario.id}\n`);
    else {
      failed += 1;
      process.stdout.write(`FAIL ${scenario.id}: ${problems.join('; ')}\n`);
    }
  }
  if (scenarios.length === 0 && errors.length === 0) {
    process.stdout.write('FAIL no scenarios found in scenarios/\n');
    failed += 1;
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => void (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`scenarios:check: internal error: ${String(e)}\n`);
    process.exitCode = 70;
  },
);
