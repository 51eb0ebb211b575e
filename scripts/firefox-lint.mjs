// `npm run lint:firefox`: addons.mozilla.org's validator (web-ext lint) on the built Firefox package.
// Errors fail; so does any warning not on the explained list below (docs/testing.md, "Firefox").
import { execFileSync } from 'node:child_process';

/** Warnings we cannot fix, each explained: [code, file pattern, why]. */
const EXPLAINED = [
  [
    'DANGEROUS_EVAL',
    /^(background\.js|chunks\/.*\.js)$/,
    "zod's capability probe; lib/zod.ts sets jitless, so it never runs",
  ],
  [
    'UNSAFE_VAR_ASSIGNMENT',
    /^chunks\/.*\.js$/,
    'React DOM internals (innerHTML for SVG/dangerouslySetInnerHTML), not our code',
  ],
];

const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const report = JSON.parse(out.slice(out.indexOf('{')));
const unexplained = report.warnings.filter(
  (w) => !EXPLAINED.some(([code, file]) => w.code === code && file.test(w.file ?? '')),
);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
    `(${report.summary.warnings - unexplained.length} explained), ${report.summary.notices} notices`,
);
for (const problem of [...report.errors, ...unexplained]) {
  console.error(`${problem._type} ${problem.code} ${problem.file ?? ''}: ${problem.message}`);
}
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
