import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // One DynamoDB Local JVM for the whole run; suites get their own table.
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-property-seed.ts'],
    pool: 'forks',
    // Handlers log JSON lines; tests read outcomes, not logs. The SDK's Node 22 notice is known.
    env: { FOLLOWUP_LOG_LEVEL: 'silent', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
