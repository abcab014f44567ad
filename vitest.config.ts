import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global.ts'],
    setupFiles: ['tests/setup/workers.ts'],
    // Test files share each fork's module cache: src/ is imported once per fork, not once per file
    // (no test mocks modules or leaves state behind; the executor's threads are reused).
    isolate: false,
    reporters: ['default', './tests/reporters/closing-line.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
