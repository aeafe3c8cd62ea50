// Finds a Chromium for Playwright, the PDF step and the benchmarks: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then a browser Playwright downloaded itself. Stops with the fix when none exists.
import { existsSync } from 'node:fs';
import { config } from '../config.ts';

const CANDIDATES = [config.chromiumPath, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for headless Chromium on a locked-down machine: no sandbox as root, no network chatter. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** The path of a Chromium binary, or undefined to let Playwright use its own browser. */
export async function findChromium(): Promise<string | undefined> {
  const found = CANDIDATES.find((path) => path && existsSync(path));
  if (found) return found;
  try {
    const { chromium } = await import('playwright-core');
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no browser of its own either.
  }
  throw new Error(
    'No Chromium found. Install one, then run the command again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  or point CHROMIUM_PATH at any Chromium or Chrome binary.',
  );
}
