// The one place that decides which Chromium prints the PDFs and runs the browser tests, benchmarks
// and screenshots. In order: CHROMIUM_PATH; on Linux x64, the headless Chromium that `npm install`
// brought (@sparticuz/chromium); then a Chromium that Playwright downloaded itself; then a system
// Chromium or Chrome. The npm one comes before the machine's own because it is pinned and lean: every
// machine prints the same PDFs with the same browser (so cached PDFs stay valid between machines and
// CI), and this headless shell, Chromium's build for automation without the full browser around it,
// printed the nine books in 8.8 s where Debian's Chromium 156 took 18.2 s (cold full build 15.1 s
// against 24.5 s, farm-bench, 3 pairs). GUIDE_BROWSER=bundled uses only the npm one, even over
// CHROMIUM_PATH (CI uses it to prove that path).
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { config, type GuideConfig } from '../config.ts';

/** Flags for headless Chromium on a locked-down machine: no sandbox as root, no network chatter. */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Where system packages put Chromium or Chrome on Linux and macOS. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser to launch: its binary (undefined = Playwright's own), the flags, and where it came from. */
export interface BrowserChoice {
  executablePath: string | undefined;
  args: string[];
  /** For the build log: "system Chromium (/usr/bin/chromium)", "npm-shipped Chromium (@sparticuz/chromium 153.0.0)" … */
  source: string;
}

/** The two settings the resolver reads (src/config.ts reads and checks them from the environment). */
export type BrowserSettings = Pick<GuideConfig, 'chromiumPath' | 'browser'>;

/** Finds a Chromium to launch, or throws a message that says how to get one. */
export async function findBrowser({ chromiumPath, browser }: BrowserSettings = config): Promise<BrowserChoice> {
  if (browser === 'bundled') return bundledChromium();
  if (chromiumPath) {
    if (!existsSync(chromiumPath)) throw new Error(`CHROMIUM_PATH is "${chromiumPath}", and no file is there. Point it at a Chromium or Chrome binary, or unset it.`);
    return { executablePath: chromiumPath, args: CHROMIUM_ARGS, source: `CHROMIUM_PATH (${chromiumPath})` };
  }
  // Where it cannot be had (another platform, or installed without devDependencies), the others are
  // tried; with none of them, its own message says what to do.
  let bundled: Error;
  try {
    return await bundledChromium();
  } catch (cause) {
    bundled = cause as Error;
  }
  const playwrights = await playwrightChromium();
  if (playwrights) return { executablePath: undefined, args: CHROMIUM_ARGS, source: `Playwright's Chromium (${playwrights})` };
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: CHROMIUM_ARGS, source: `system Chromium (${system})` };
  throw bundled;
}

/** The Chromium that `npx playwright install` downloaded, when there is one. */
async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Starts the chosen Chromium; when it cannot start, says which one it was and what to do. */
export async function startBrowser(choice: BrowserChoice): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ ...(choice.executablePath ? { executablePath: choice.executablePath } : {}), args: choice.args });
  } catch (cause) {
    throw new Error(
      `Chromium could not start: ${choice.source}.\n${(cause as Error).message.split('\n')[0]}\n` +
        'Point CHROMIUM_PATH at another Chromium or Chrome binary, or set GUIDE_BROWSER=bundled to use the one `npm install` brings.',
      { cause },
    );
  }
}

/** Finds a Chromium and starts it (for scripts: benchmarks, screenshots). */
export async function launchBrowser(settings?: BrowserSettings): Promise<{ browser: Browser; choice: BrowserChoice }> {
  const choice = await findBrowser(settings);
  return { browser: await startBrowser(choice), choice };
}

/**
 * The Chromium that @sparticuz/chromium ships brotli-packed inside its npm package. Its own
 * `executablePath()` unpacks to a fixed `/tmp/chromium` that every project on the machine shares, and
 * writes it in place, so a second run starting at the same moment (or another project's different
 * version) can start a half-written or wrong binary. So this unpacks the same file into a folder named
 * after the package version, next to node_modules, and renames it into place only once complete.
 * The package is a devDependency, not an optional one: npm silently skips an optional package whose
 * `engines` (Node >= 22.17) exclude the Node that runs npm itself, which may be older than the Node 24
 * this project brings. The package's launch flags are tuned for AWS Lambda (single process, web security off), which would
 * change what the tests see; the headless shell runs with the same flags as any other Chromium.
 */
async function bundledChromium(): Promise<BrowserChoice> {
  const fix =
    'No Chromium found. Run `npm install` (it brings one, @sparticuz/chromium, on Linux x64), ' +
    'or point CHROMIUM_PATH at any Chromium or Chrome binary.';
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`${fix}\nThe npm-shipped Chromium runs on Linux x64 only; this is ${process.platform} ${process.arch}.`);
  let packageDir: string;
  try {
    // The package exports only its entry (build/index.js); the packed binary sits in bin/ beside it.
    packageDir = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
  } catch (cause) {
    throw new Error(`${fix}\n@sparticuz/chromium is not installed.`, { cause });
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const folder = join(packageDir, '..', '..', '.cache', 'genai-guide', `chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (!existsSync(binary)) {
    mkdirSync(folder, { recursive: true });
    const partial = `${binary}.${process.pid}.partial`;
    try {
      await pipeline(createReadStream(join(packageDir, 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
      renameSync(partial, binary);
    } catch (cause) {
      rmSync(partial, { force: true });
      throw new Error(`${fix}\nUnpacking the npm-shipped Chromium into ${folder} failed.`, { cause });
    }
  }
  return { executablePath: binary, args: CHROMIUM_ARGS, source: `npm-shipped Chromium (@sparticuz/chromium ${version})` };
}
