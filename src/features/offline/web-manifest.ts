// The web app manifest (pure, unit-tested): what Chromium needs to offer "Install", under the base path.
import { ICONS_DIR } from './offline-names.ts';

/** The theme colours, from src/styles/tokens.css: the page background in each scheme. */
export const THEME_COLORS = { light: '#ffffff', dark: '#11151c' } as const;

/** The icons the build copies from ./icons/ into the site (drawn for the guide: icons/icon.svg). */
export const ICON_FILES = [
  { file: 'icon-192.png', sizes: '192x192', purpose: 'any' },
  { file: 'icon-512.png', sizes: '512x512', purpose: 'any' },
  { file: 'icon-maskable-512.png', sizes: '512x512', purpose: 'maskable' },
] as const;

/** The manifest for a guide published at `base` ("/" or "/guide/"). */
export function webManifest(base: string) {
  return {
    id: base,
    name: 'GenAI Study Guide',
    short_name: 'GenAI Guide',
    description: 'Study the fundamentals of generative AI, with quizzes, practice exams and review, online or off.',
    lang: 'en',
    start_url: base,
    scope: base,
    display: 'standalone',
    // A manifest holds one colour of each kind; the pages' theme-color meta tags give the dark one too.
    theme_color: THEME_COLORS.light,
    background_color: THEME_COLORS.light,
    icons: ICON_FILES.map(({ file, sizes, purpose }) => ({ src: `${base}${ICONS_DIR}/${file}`, sizes, type: 'image/png', purpose })),
    shortcuts: [
      { name: 'Review', url: `${base}review/` },
      { name: 'Practice exam', url: `${base}practice/` },
      { name: 'My progress', url: `${base}progress/` },
    ],
  };
}
