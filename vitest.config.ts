import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Pinned so date formatting and Plot's time scales agree on every machine.
    env: { TZ: 'UTC' },
    // Shared CI machines can be busy; a test that starts a script (node scripts/*.ts) gets room to finish.
    // Hangs are still caught.
    testTimeout: 30_000,
  },
});
