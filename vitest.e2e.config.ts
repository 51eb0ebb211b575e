import { defineConfig } from 'vitest/config';

// End-to-end specs drive the built extension in real Chromium (playwright-core); they run in Node.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
