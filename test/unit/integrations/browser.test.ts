import { accessSync, constants } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config.ts';
import { findBrowser, launchBrowser } from '../../../src/integrations/browser.ts';

describe('choosing the browser', () => {
  it('reads CHROMIUM_PATH and GUIDE_BROWSER from the environment, empty meaning unset', () => {
    expect(readConfig({ CHROMIUM_PATH: '/opt/chrome', GUIDE_BROWSER: 'bundled' })).toMatchObject({ chromiumPath: '/opt/chrome', browser: 'bundled' });
    expect(readConfig({ CHROMIUM_PATH: '', GUIDE_BROWSER: '' })).toMatchObject({ chromiumPath: undefined, browser: 'auto' });
    expect(() => readConfig({ GUIDE_BROWSER: 'system' })).toThrow('GUIDE_BROWSER: must be auto (the first Chromium found) or bundled (the one npm installs).');
  });

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
