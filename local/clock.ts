// The local clock: real time plus a persisted offset, kept in a file under the data folder so the
// handlers (through FOLLOWUP_CLOCK_FILE), the Scheduler emulator and the CLI share one "now".
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { offsetClock, readClockOffset } from '../functions/adapters/clock.ts';
import type { Clock } from '../functions/core/ports.ts';

export interface LocalClock extends Clock {
  file: string;
  offsetMs(): number;
  set(to: Date): void;
  advance(ms: number): void;
}

export function createLocalClock(file: string): LocalClock {
  const clock = offsetClock(file);
  const write = (offsetMs: number) => {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify({ offsetMs }));
    renameSync(temporary, file);
  };
  return {
    file,
    now: () => clock.now(),
    offsetMs: () => readClockOffset(file),
    set: (to) => write(to.getTime() - Date.now()),
    advance: (ms) => {
      if (ms < 0) throw new RangeError('the local clock only moves forward with advance');
      write(readClockOffset(file) + ms);
    },
  };
}

const UNITS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** `36h`, `3d`, `1d12h`, `90m`, `2w` -> milliseconds. */
export function parseDuration(text: string): number {
  const trimmed = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(trimmed)) {
    throw new RangeError(`"${text}" is not a duration like 36h, 3d, 1d12h, 90m or 2w`);
  }
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
    total += Number(amount) * (UNITS[unit ?? ''] ?? 0);
  }
  return Math.round(total);
}
