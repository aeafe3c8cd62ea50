import { defineConfig, devices } from '@playwright/test';
import { createServer } from 'node:net';
import { findBrowser } from './src/local-site/browser.ts';

/** A port no other program is listening on, so two test runs on one machine never collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// The config is loaded again in every worker process: the runner picks the ports once and hands them
// down through the environment, which the workers inherit.
process.env['GUIDE_E2E_SITE_PORT'] ??= String(await freePort());
process.env['GUIDE_E2E_SUBPATH_PORT'] ??= String(await freePort());

// The e2e tests run against the built site (`npm run build` writes dist/; the sub-path build
// writes dist-subpath/), served by the project's own static server.
const browser = await findBrowser();
// The runner says once which browser the tests use (the workers load this file again, quietly).
if (!process.env['TEST_WORKER_INDEX']) console.log(`Browser tests use ${browser.source}`);
const SITE_PORT = Number(process.env['GUIDE_E2E_SITE_PORT']);
const SUBPATH_PORT = Number(process.env['GUIDE_E2E_SUBPATH_PORT']);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['PW_JSON'] ? [['json', { outputFile: 'test-results/e2e.json' }], ['line']] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}/`,
    launchOptions: { ...(browser.executablePath ? { executablePath: browser.executablePath } : {}), args: browser.args },
    trace: 'off',
    // Each test's fresh browser would otherwise save the whole guide for offline use in the background;
    // the offline specs open their own contexts with service workers allowed.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${SUBPATH_PORT}/guide/` },
    },
  ],
  webServer: [
    { command: `node scripts/serve.mjs dist`, env: { PORT: String(SITE_PORT), BASE_PATH: '/' }, port: SITE_PORT, reuseExistingServer: false },
    {
      command: `node scripts/serve.mjs dist-subpath`,
      env: { PORT: String(SUBPATH_PORT), BASE_PATH: '/guide/' },
      port: SUBPATH_PORT,
      reuseExistingServer: false,
    },
  ],
});
