// Prints `N passed, N failed, N skipped` over every runner's report; the CI reads this line.
// Arguments: vitest JSON reports, scenarios:check text output (`ok`/`FAIL` lines), and
// `step:NAME` for each step that failed without a report of its own (typecheck, lint, build).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0, failed = 0, skipped = 0;
const reportFailures = new Map(); // report file → failures it counted
const REPORT_OF_STEP = { unit: 'unit.json', e2e: 'e2e.json', scenarios: 'scenarios.txt' };
for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('step:')) {
    // A failed step counts once, unless its own report already counted a failure.
    const report = REPORT_OF_STEP[arg.slice(5)];
    if (!report || ![...reportFailures].some(([f, n]) => f.endsWith(report) && n > 0)) failed += 1;
    continue;
  }
  const before = failed;
  if (!existsSync(arg)) { console.error(`missing report ${arg}`); failed += 1; continue; }
  const text = readFileSync(arg, 'utf8');
  if (arg.endsWith('.json')) {
    const r = JSON.parse(text);
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
    if (r.success === false && r.numFailedTests === 0) failed += 1; // a suite that failed to load
  } else {
    for (const line of text.split('\n')) {
      if (/^ok\b/.test(line)) passed += 1;
      else if (/^FAIL\b/.test(line)) failed += 1;
    }
  }
  reportFailures.set(arg, failed - before);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (passed === 0 || failed > 0) process.exitCode = 1;
