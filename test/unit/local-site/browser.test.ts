import { accessSync, constants } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../../../src/local-site/browser.ts';

describe('choosing the browser', () => {
  it('takes CHROMIUM_PATH first, whatever else is installed', async () => {
    const choice = await findBrowser({ chromiumPath: process.execPath, browser: 'auto' });
    expect(choice).toMatchObject({ executablePath: process.execPath, source: `CHROMIUM_PATH (${process.execPath})` });
    expect(choice.args).toContain('--no-sandbox');
  });

  it('says what to fix when CHROMIUM_PATH points at nothing', async () => {
    await expect(findBrowser({ chromiumPath: '/no/such/chromium', browser: 'auto' })).rejects.toThrow(
      'CHROMIUM_PATH is "/no/such/chromium", and no file is there. Point it at a Chromium or Chrome binary, or unset it.',
    );
  });

  it('without CHROMIUM_PATH, takes the pinned npm-shipped Chromium on Linux x64, before any system or Playwright Chromium', async () => {
    const choice = await findBrowser({ browser: 'auto', chromiumPath: undefined });
    if (process.platform === 'linux' && process.arch === 'x64') expect(choice.source).toMatch(/^npm-shipped Chromium \(@sparticuz\/chromium \d+\.\d+\.\d+\)$/);
    else expect(choice.source).not.toMatch(/^npm-shipped/);
  });

  it('with GUIDE_BROWSER=bundled, unpacks the npm-shipped Chromium and starts it', async () => {
    const choice = await findBrowser({ browser: 'bundled', chromiumPath: '/usr/bin/chromium' });
    expect(choice.source).toMatch(/^npm-shipped Chromium \(@sparticuz\/chromium \d+\.\d+\.\d+\)$/);
    expect(choice.executablePath).toMatch(/node_modules\/\.cache\/genai-guide\/chromium-\d+\.\d+\.\d+\/chromium$/);
    accessSync(choice.executablePath!, constants.X_OK);
    const { browser } = await launchBrowser({ browser: 'bundled', chromiumPath: undefined });
    try {
      const page = await browser.newPage();
      await page.setContent('<h1>Printed</h1>');
      expect((await page.pdf()).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
