import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['tests/setup-property-seed.ts'],
    pool: 'forks',
    // Vitest's default here is one worker less than the cores: one, on a 2-core machine. Most of a
    // stack file's time is spent waiting (on SMTP, the emulators, the SDK's retries), so a second
    // file runs in that time; both share the one DynamoDB Local, each with its own table.
    maxWorkers: 2,
    // Handlers log JSON lines; tests read outcomes, not logs. The SDK's Node 22 notice is known.
    env: { FOLLOWUP_LOG_LEVEL: 'silent', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'stack',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/use-cases/**', 'tests/unit/**'],
          // One DynamoDB Local JVM for the whole run; suites get their own table.
          globalSetup: ['tests/global-setup.ts'],
          // One module graph per worker, not one per file: loading the handlers and the services
          // is most of a short stack file's time. Each local stack makes its own handlers and puts
          // the environment and the SES outbox back as it found them (local/stack.ts).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'in-process',
          // After the stack files, so each kind of worker serves its files in turn (a worker runs
          // the next file of its own project only) and the slowest files start first.
          sequence: { groupOrder: 1 },
          include: ['tests/use-cases/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          // Pure code and in-memory ports, no local stack nor environment of their own: one
          // module graph per worker, not one per file (loading the reader is most of a file's time).
          isolate: false,
        },
      },
    ],
  },
});
