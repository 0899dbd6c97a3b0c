import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Pinned so date formatting and Plot's time scales agree on every machine.
    env: { TZ: 'UTC' },
  },
});
