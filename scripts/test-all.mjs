// `npm test`: every suite, in the order a failure is cheapest to find. Unit tests, then the real
// build (which checks the content and writes the search index and PDFs), a second build under a
// sub-path, then the browser tests. Ends with one line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildWarnings } from './lib/build-log.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function run(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// 1. Vitest: test/unit/ (pure logic, schemas, content rules), then test/build/ (real builds that must fail
//    with file, field and fix; the search step in a real build).
run('Unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0 ? 1 : 0);
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
} else totals.failed += 1;

// 2. The site, as `npm run build` makes it, with its log kept: a build that prints a warning fails, so
//    a new warning is seen rather than lost among expected ones. 3. The same site under /guide/.
function runBuild() {
  console.log('\n▶ Build: npm run build');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['inherit', 'pipe', 'pipe'], env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const log = `${result.stdout}${result.stderr}`;
  process.stdout.write(log);
  writeFileSync('test-results/build.log', log);
  const warnings = buildWarnings(log);
  if (warnings.length === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    console.error(`✗ The build printed ${warnings.length} warning(s); fix them or silence exactly that warning with a reason:\n${warnings.slice(0, 5).join('\n')}`);
  }
  return result.status === 0;
}
const built = runBuild();
const builtSubpath = built && run('Build under /guide/', process.execPath, ['scripts/build.mjs', '--outDir', 'dist-subpath'], { BASE_PATH: '/guide/', GUIDE_SKIP_PDF: '1' });
for (const [ok, name] of [[built, 'build'], [builtSubpath, 'sub-path build']]) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    console.error(`✗ The ${name} failed; browser tests need it.`);
  }
}

// 4. Browser tests against the built sites.
if (built && builtSubpath) {
  run('Browser tests', 'npx', ['playwright', 'test'], { PW_JSON: '1' });
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + e2e.stats.flaky;
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (e2e.errors?.length) totals.failed += e2e.errors.length;
  } else totals.failed += 1;
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nAll suites finished in ${seconds} s.`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed === 0 && existsSync('dist/index.html') ? 0 : 1);
