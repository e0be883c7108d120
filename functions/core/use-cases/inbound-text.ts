// Kept only for tests/unit/matching.test.ts, which still imports it: the reader now reads these
// forms itself (parseCommand: `stop 2`, a bare `2`, `set hours 8-19`, `digest on`). Delete this
// file once that test's "naming an application by number" block is gone.
import { parseCommand } from '../understand/command.ts';

export type OwnWords =
  | { kind: 'pick'; number: number }
  | { kind: 'command'; command: { verb: string; arg: string | null }; number: number | null };

/** @deprecated Use `parseCommand` (its `number` and the `pick`, `hours`, `digest` verbs). */
export function readOwnWords(line: string | null): OwnWords | null {
  const command = line ? parseCommand(line) : null;
  if (!command) return null;
  if (command.verb === 'pick' && command.number !== undefined) {
    return { kind: 'pick', number: command.number };
  }
  if (command.number === undefined && command.verb !== 'hours' && command.verb !== 'digest') {
    return null;
  }
  return {
    kind: 'command',
    command: { verb: command.verb, arg: command.arg },
    number: command.number ?? null,
  };
}
