import { expect, test } from '@playwright/test';
import { onePagePerKind } from './helpers.ts';

// The guide never talks to another host: no fonts, analytics or CDNs. Every request on every page
// type is recorded and must go to the site's own origin (or be an inline data: URL).
for (const [kind, path] of Object.entries(onePagePerKind)) {
  test(`the ${kind} page requests nothing from a third-party host`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Interact so lazily loaded code (search, quiz) also runs.
    await page.keyboard.press('/');
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}

test('built pages use no Math.random (reproducible builds)', async ({ page }) => {
  for (const path of Object.values(onePagePerKind)) {
    const response = await page.request.get(path);
    expect(await response.text()).not.toContain('Math.random');
  }
});
