// `npm run build`: Astro's own `astro build` (same arguments), run with memory settings that keep the
// build's peak low as the course grows (measured with scripts/bench/build-speed.mjs, and side by side):
// - Rolldown (the bundler) is Rust code that allocates with mimalloc. By default mimalloc commits whole
//   arenas up front and keeps freed pages for reuse, so the build held the bundler's peak long after
//   bundling, while pages were generated and indexed. These settings commit memory as it is used and
//   give freed pages back at once (read when the native module loads: set in the child's environment).
// - V8's young generation is capped at 8 MB per semi-space: rendering thousands of pages makes short-
//   lived garbage, and a larger nursery only let the heap grow.
// Together, peak memory: 1× 676 → 400 MB, 12× content 1.6 GB → about 0.9 GB, with no slower build
// (1× wall 0.92×, 12× within the machine's noise).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MIMALLOC_SETTINGS = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ALLOW_LARGE_OS_PAGES: '0',
};
const V8_FLAGS = ['--max-semi-space-size=8'];

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const build = spawn(process.execPath, [...V8_FLAGS, astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // A setting already in the environment wins, so each can still be tried another way.
  env: { ...MIMALLOC_SETTINGS, ...process.env },
});
build.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
