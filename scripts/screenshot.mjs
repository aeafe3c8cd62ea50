// Takes screenshots of built pages for a person to look at: 375 px and 1280 px wide, light and dark.
// Usage: npx node scripts/screenshot.mjs OUT_DIR path [path ...]   (paths relative to the site root; npx runs
// the Node 24 the project brings, which loads the TypeScript it imports)
import { mkdirSync } from 'node:fs';
import { config } from '../src/config.ts';
import { launchBrowser } from '../src/local-site/browser.ts';
import { startStaticServer } from '../src/local-site/static-server.ts';

const [outDir = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const { server, url } = await startStaticServer({ dir: 'dist', base: config.basePath });
const { browser } = await launchBrowser();
try {
  for (const path of paths.length ? paths : ['']) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(new URL(path, url).href);
        const name = `${outDir}/${(path || 'home').replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
