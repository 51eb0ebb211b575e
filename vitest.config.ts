// The test tiers, what each proves and the mutation scores: docs/testing.md.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Weeks are computed in the leader's local zone; pin one with DST so March/November tests mean something.
process.env.TZ = 'America/New_York';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
