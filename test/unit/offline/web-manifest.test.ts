import { describe, expect, it } from 'vitest';
import { ICON_FILES, THEME_COLORS, webManifest } from '../../../src/features/offline/web-manifest.ts';
import { existsSync } from 'node:fs';

describe('webManifest', () => {
  it('starts and stays inside the base path, so a guide under /guide/ installs as itself', () => {
    const manifest = webManifest('/guide/');
    expect(manifest).toMatchObject({ id: '/guide/', start_url: '/guide/', scope: '/guide/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.src)).toEqual(['/guide/icons/icon-192.png', '/guide/icons/icon-512.png', '/guide/icons/icon-maskable-512.png']);
    expect(manifest.shortcuts.every((shortcut) => shortcut.url.startsWith('/guide/'))).toBe(true);
  });

  it('has what Chromium needs to offer Install: names, a 192 and a 512 icon, a maskable icon, colours', () => {
    const manifest = webManifest('/');
    expect(manifest.name).toBe('GenAI Study Guide');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    expect(manifest.theme_color).toBe(THEME_COLORS.light);
    expect(manifest.start_url).toBe('/');
  });

  it('names only icon files that exist in the feature folder', () => {
    const missing = ICON_FILES.filter(({ file }) => !existsSync(new URL(`../../../src/features/offline/icons/${file}`, import.meta.url)));
    expect(missing).toEqual([]);
  });
});
