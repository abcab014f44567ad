import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    setupFiles: ['tests/setup/workers.ts'],
    // Test files share each fork's module cache: src/ is imported once per fork, not once per file
    // (no test mocks modules or leaves state behind; the executor's threads are reused).
    isolate: false,
    // One fork per core (vitest leaves one core free by default: on two cores that is one fork and
    // twice the wall time); at most four, as each may start Chromium.
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    reporters: ['default', './tests/reporters/closing-line.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
