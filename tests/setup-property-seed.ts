// Property tests explore new cases on every local run (a failure prints its seed to replay with
// FOLLOWUP_PROPERTY_SEED); CI runs them on a fixed seed, so a landing never depends on luck.
import fc from 'fast-check';

const seed = process.env.FOLLOWUP_PROPERTY_SEED ?? (process.env.CI ? '20261122' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
