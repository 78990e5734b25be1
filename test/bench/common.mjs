// What the benchmarks share: how they read a distribution and how they name the machine they ran on.
import { cpus } from 'node:os';

/** The value below which `fraction` of a sorted list lies (NaN for an empty list). */
export function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

/** "Measured <date> with Chromium <version> on <cores> × <CPU>, Node <version>", for the results files. */
export function measuredOn(browser) {
  const cpu = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`;
  return `Measured ${new Date().toISOString().slice(0, 10)} with Chromium ${browser.version()} on ${cpu}, Node ${process.version}`;
}

/** Prints the budgets a run missed and makes the process fail; says nothing when there are none. */
export function reportOverBudget(failures) {
  if (!failures.length) return;
  process.stdout.write(`\nOver budget:\n${failures.map((failure) => `  ${failure}`).join('\n')}\n`);
  process.exitCode = 1;
}
