// The settable-clock contract against the local stack's file-backed clock and the in-memory one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalClock } from '../../local/clock.ts';
import { createSettableClock } from '../support/in-memory/clock.ts';
import { describeClockContract } from './clock.contract.ts';

describeClockContract('local clock (offset file)', () =>
  createLocalClock(join(mkdtempSync(join(tmpdir(), 'followup-clock-contract-')), 'clock.json')),
);
describeClockContract('in memory', () => createSettableClock());
