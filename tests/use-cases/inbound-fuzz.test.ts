// Hostile and mangled mail through the whole inbound use-case (tests/fuzz/inbound-fuzz.ts), a
// bounded share of what `npm run fuzz` runs: no throw, nothing changed by a stranger, at most one
// reply to the user. No timed assertion: a hang fails by the test's timeout.
import { describe, expect, it } from 'vitest';
import { type FuzzCase, fuzzCases, fuzzInbound } from '../fuzz/inbound-fuzz.ts';

// New cases on every local run, a fixed set under CI; a failure names its seed.
const seed = Number(
  process.env.FOLLOWUP_PROPERTY_SEED ?? (process.env.CI ? 20261122 : Date.now() % 2 ** 31),
);
const cases = fuzzCases({ mutated: 120, random: 40, heavy: false, seed });
const named = (prefix: string) => cases.filter((c) => c.name.startsWith(prefix));
const shapes = cases.filter((c) => !c.name.startsWith('mutated') && !c.name.startsWith('random'));

async function expectHeld(batch: FuzzCase[]) {
  const report = await fuzzInbound(batch);
  expect(report.failures, `seed ${seed}`).toEqual([]);
  expect(report.timings.stranger).toHaveLength(batch.length);
  expect(report.timings.user).toHaveLength(batch.length);
  expect(report.replies).toBeLessThanOrEqual(batch.length);
  return report;
}

describe('inbound handling of hostile mail', () => {
  it('the named hostile shapes', { timeout: 180_000 }, async () => {
    expect(shapes.length).toBeGreaterThan(15);
    const report = await expectHeld(shapes);
    // The shapes carry a readable confirmation: at least one is read and opens an application.
    expect(report.outcomes['user application-opened']).toBeGreaterThan(0);
  });

  it('mutated fixtures', { timeout: 180_000 }, async () => {
    const report = await expectHeld(named('mutated'));
    // Strangers never get past the gate; the user's mail reaches the routes behind it.
    expect(Object.keys(report.outcomes).filter((o) => o.startsWith('stranger'))).toEqual([
      'stranger ignored',
    ]);
    expect(report.outcomes['user application-opened']).toBeGreaterThan(0);
  });

  it('random text', { timeout: 180_000 }, async () => {
    await expectHeld(named('random'));
  });
});
