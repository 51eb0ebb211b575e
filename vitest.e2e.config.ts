import { defineConfig } from 'vitest/config';

// End-to-end specs drive the built extension in real Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi); they run in Node, one browser at a time.
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
