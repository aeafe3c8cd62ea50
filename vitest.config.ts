import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // test/unit/<feature>/ for pure logic, test/build/ for tests that run real builds.
    include: ['test/**/*.test.ts'],
    // The tests in test/build/ run whole `astro build`s; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
