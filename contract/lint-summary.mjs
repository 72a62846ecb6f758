// Counts the problems of the reports lint.sh left in a directory, per document, linter, rule and
// severity, as Markdown (for a summary of what the gates found).
//   node contract/lint-summary.mjs [REPORT_DIR]   (default contract/target/lint)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? new URL('./target/lint', import.meta.url).pathname;
const spectralSeverity = ['error', 'warn', 'info', 'hint'];
const byDocument = new Map();
for (const file of readdirSync(dir).sort()) {
  const m = file.match(/^(.*)\.(spectral|redocly)\.json$/);
  if (!m) continue;
  const [, document, linter] = m;
  let problems = [];
  try {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8') || '[]');
    problems = linter === 'spectral'
      ? parsed.map(p => ({ rule: p.code, severity: spectralSeverity[p.severity] }))
      : (parsed.problems ?? []).map(p => ({ rule: p.ruleId, severity: p.severity }));
  } catch (e) {
    problems = [{ rule: `(unreadable report: ${e.message})`, severity: 'error' }];
  }
  const counts = byDocument.get(document) ?? new Map();
  for (const p of problems) {
    const key = `${linter}\t${p.rule}\t${p.severity}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  byDocument.set(document, counts);
}
for (const [document, counts] of byDocument) {
  const total = (linter, severity) => [...counts].filter(([k]) => k.startsWith(linter + '\t') && k.endsWith('\t' + severity))
    .reduce((n, [, c]) => n + c, 0);
  console.log(`\n### ${document}\n`);
  console.log(`Spectral: ${total('spectral', 'error')} errors, ${total('spectral', 'warn')} warnings; `
    + `Redocly: ${total('redocly', 'error')} errors, ${total('redocly', 'warn')} warnings\n`);
  console.log('| linter | rule | severity | count |\n|---|---|---|---:|');
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const [linter, rule, severity] = key.split('\t');
    console.log(`| ${linter} | ${rule} | ${severity} | ${count} |`);
  }
}
