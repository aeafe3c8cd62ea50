// usage: node pfq.mjs DIR 'js expression using pf' 
import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/main/scripts/static-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '/work/main/scripts/find-chromium.mjs';
const [dir, expr] = process.argv.slice(2);
const { server, url } = await startStaticServer({ dir });
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ bypassCSP: true });
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(url + 'a/');
const out = await page.evaluate(async (expr) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  return await (new Function('pf', `return (async () => { ${expr} })()`))(pf);
}, expr);
console.log(JSON.stringify(out, null, 1));
await browser.close(); server.close();
