import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import vnuJarPath from 'vnu-jar';
import { onePagePerKind } from './helpers.ts';

// The Nu HTML Checker (the engine of the W3C validator) over one built page of each kind: browsers
// recover from invalid HTML, but each recovers in its own way, so a page that does not validate
// behaves by guesswork. The checker runs on Java; without it the test is skipped and says so.

const hasJava = spawnSync('java', ['-version']).status === 0;
const vnuJar = String(vnuJarPath);

/** The built file behind a site path (the 404 page is dist/404.html). */
const builtFile = (path: string) => (path === onePagePerKind['not-found'] ? 'dist/404.html' : `dist${path}index.html`);

const pages = { ...onePagePerKind, search: '/search/', print: '/print/guide/' };

test('every kind of page is valid HTML (Nu HTML Checker)', async () => {
  test.skip(!hasJava, 'Java is not installed, so the Nu HTML Checker cannot run; install a Java runtime (11 or newer) to check the HTML.');
  test.setTimeout(300_000);
  const files = Object.values(pages).map(builtFile);
  expect(files.filter((file) => !existsSync(file))).toEqual([]);
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] };
  const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => `${m.url.replace(/^.*\/dist\//, '')}: ${m.message}`);
  expect(errors).toEqual([]);
  expect(run.status).toBe(0);
});
