// The clock every handler reads. On AWS it is the system clock. Locally the stack shares a
// persisted offset from real time through the file FOLLOWUP_CLOCK_FILE names, so handlers, the
// Scheduler emulator and the CLI agree on "now" while a timeline is played in seconds.
import { readFileSync } from 'node:fs';
import type { Clock } from '../core/ports.ts';

export interface ClockFile {
  offsetMs: number;
}

export function readClockOffset(file: string): number {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ClockFile>;
    return typeof parsed.offsetMs === 'number' && Number.isFinite(parsed.offsetMs)
      ? parsed.offsetMs
      : 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

/** A clock that adds the offset stored in `file`; re-read on every call (it is tiny, and local). */
export function offsetClock(file: string): Clock {
  return { now: () => new Date(Date.now() + readClockOffset(file)) };
}

export const systemClock: Clock = { now: () => new Date() };

export function clockFromEnvironment(env: NodeJS.ProcessEnv = process.env): Clock {
  const file = env.FOLLOWUP_CLOCK_FILE;
  return file ? offsetClock(file) : systemClock;
}
