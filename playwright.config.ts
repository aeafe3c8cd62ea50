import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

// The e2e tests run against the built site (`npm run build` writes dist/; the sub-path build
// writes dist-subpath/), served by the project's own static server.
const executablePath = await findChromium();
const SITE_PORT = 4400;
const SUBPATH_PORT = 4401;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: process.env['PW_JSON'] ? [['json', { outputFile: 'test-results/e2e.json' }], ['line']] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}/`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'off',
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
