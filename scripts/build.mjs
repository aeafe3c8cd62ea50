// `npm run build`: Astro's own `astro build` (same arguments), with memory settings for its native parts.
// Rolldown (the bundler) is Rust code that allocates with mimalloc. By default mimalloc commits whole
// arenas up front and keeps freed pages for reuse, so the build holds the bundler's peak long after
// bundling ends, while pages are generated and indexed. These settings make it commit memory as it
// is used and give freed pages back at once: at 12× content the build's peak fell from 1.6 to 1.2 GB,
// at no measurable cost in time (scripts/bench/build-speed.mjs).
// mimalloc reads these when the native module loads, so they are set before Astro is imported.
const MIMALLOC_SETTINGS = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ALLOW_LARGE_OS_PAGES: '0',
};
for (const [name, value] of Object.entries(MIMALLOC_SETTINGS)) process.env[name] ??= value;

process.argv = [process.argv[0], 'astro', 'build', ...process.argv.slice(2)];
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);
