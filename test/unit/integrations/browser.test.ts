import { accessSync, constants } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserSettingsFromEnv, findBrowser, launchBrowser } from '../../../src/integrations/browser.ts';

describe('choosing the browser', () => {
  it('reads CHROMIUM_PATH and GUIDE_BROWSER, treating empty as unset', () => {
    expect(browserSettingsFromEnv({ CHROMIUM_PATH: '/opt/chrome', GUIDE_BROWSER: 'bundled' })).toEqual({ chromiumPath: '/opt/chrome', mode: 'bundled' });
    expect(browserSettingsFromEnv({ CHROMIUM_PATH: '', GUIDE_BROWSER: '' })).toEqual({ chromiumPath: undefined, mode: undefined });
  });

  it('takes CHROMIUM_PATH first, whatever else is installed', async () => {
    const choice = await findBrowser({ chromiumPath: process.execPath });
    expect(choice).toMatchObject({ executablePath: process.execPath, source: `CHROMIUM_PATH (${process.execPath})` });
    expect(choice.args).toContain('--no-sandbox');
  });

  it('says what to fix when CHROMIUM_PATH points at nothing, or GUIDE_BROWSER is unknown', async () => {
    await expect(findBrowser({ chromiumPath: '/no/such/chromium' })).rejects.toThrow(
      'CHROMIUM_PATH is "/no/such/chromium", and no file is there. Point it at a Chromium or Chrome binary, or unset it.',
    );
    await expect(findBrowser({ mode: 'system' })).rejects.toThrow('GUIDE_BROWSER is "system"; it must be one of: auto, bundled (or unset).');
  });

  it('with GUIDE_BROWSER=bundled, unpacks the npm-shipped Chromium and starts it', async () => {
    const choice = await findBrowser({ mode: 'bundled', chromiumPath: '/usr/bin/chromium' });
    expect(choice.source).toMatch(/^npm-shipped Chromium \(@sparticuz\/chromium \d+\.\d+\.\d+\)$/);
    expect(choice.executablePath).toMatch(/node_modules\/\.cache\/genai-guide\/chromium-\d+\.\d+\.\d+\/chromium$/);
    accessSync(choice.executablePath!, constants.X_OK);
    const { browser } = await launchBrowser({ mode: 'bundled' });
    try {
      const page = await browser.newPage();
      await page.setContent('<h1>Printed</h1>');
      expect((await page.pdf()).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
