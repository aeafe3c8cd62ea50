// The script ThemeInit.astro inlines in every page's <head>: it runs before first paint so the stored
// theme never flashes. Kept as a string so the build can hash exactly these bytes for the content
// security policy (security-headers.ts): the same policy then works as a meta tag and as an HTTP header.
export const THEME_KEY = 'genai-guide:theme';

export const THEME_INIT_SCRIPT = `(() => {
  const root = document.documentElement;
  root.classList.replace('no-js', 'js');
  let stored = null;
  try { stored = localStorage.getItem('${THEME_KEY}'); } catch {}
  const dark = stored ? stored === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset.theme = dark ? 'dark' : 'light';
})();`;
