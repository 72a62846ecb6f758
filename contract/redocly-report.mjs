// Prints the problems of a Redocly `lint --format=json` report, one per line, and exits 1 when
// there is any (a warning fails like an error), 2 when the report is missing or unreadable.
//   node redocly-report.mjs REPORT.json DOCUMENT
import { readFileSync } from 'node:fs';

const [report, document] = process.argv.slice(2);
let parsed;
try {
  parsed = JSON.parse(readFileSync(report, 'utf8'));
} catch (e) {
  console.error(`Redocly produced no readable report for ${document}: ${e.message}`);
  process.exit(2);
}
const problems = parsed.problems ?? [];
for (const p of problems) {
  const at = p.location?.[0] ?? {};
  const line = at.start ? `${at.start.line}:${at.start.col}` : '-';
  console.log(`  ${line}  ${p.severity.padEnd(5)}  ${p.ruleId.padEnd(34)} ${p.message}  ${at.pointer ?? ''}`);
}
const { errors = 0, warnings = 0 } = parsed.totals ?? {};
if (problems.length > 0 || errors > 0 || warnings > 0) {
  console.log(`✖ Redocly: ${errors} error(s), ${warnings} warning(s) in ${document}`);
  process.exit(1);
}
console.log(`✔ Redocly: no problems in ${document}`);
