// A crashed `npm start` leaves its DynamoDB Local JVM holding the port; the next start stops that
// JVM by the PID it recorded, and only a process that really is that JVM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoDb } from '../../local/services/dynamodb.ts';
import { ownerMarker, recordChild, stopOrphan } from '../../local/services/orphans.ts';

const quiet = { info() {}, warn() {} };

function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A long-running child whose command line carries `args`, once it runs. */
async function sleeper(...args: string[]): Promise<ChildProcess> {
  // After `--`, node hands the marker to the script instead of reading it as its own option.
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', ...args], {
    stdio: 'ignore',
  });
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

// A test here starts up to two DynamoDB Local JVMs, each seconds of CPU: its time follows the
// machine's load more than the default bound allows for; a hang still fails.
describe('orphaned local services', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'followup-orphans-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops the recorded child of this data folder, and no other process', async () => {
    const pidFile = join(dataDir, 'child.pid');
    const ours = await sleeper(ownerMarker(dataDir));
    const stranger = await sleeper(ownerMarker(join(dataDir, 'elsewhere')));
    children.push(ours, stranger);

    // A PID reused by another process is left alone.
    await recordChild(pidFile, stranger.pid);
    expect(await stopOrphan(pidFile, ownerMarker(dataDir))).toBe(false);
    expect(alive(stranger.pid)).toBe(true);

    await recordChild(pidFile, ours.pid);
    const exited = new Promise((resolve) => ours.once('exit', resolve));
    expect(await stopOrphan(pidFile, ownerMarker(dataDir))).toBe(true);
    await exited;
    expect(ours.exitCode !== null || ours.signalCode !== null).toBe(true);
    // Nothing recorded: nothing to stop.
    expect(await stopOrphan(pidFile, ownerMarker(dataDir))).toBe(false);
  });

  it('a second start stops the DynamoDB Local JVM a crashed run left behind', async () => {
    const start = () => startDynamoDb({ port: 0, dataDir, inMemory: true, logger: quiet });
    // The crashed run: its JVM is never closed.
    await start();
    const orphan = Number.parseInt(readFileSync(join(dataDir, 'dynamodb-local.pid'), 'utf8'), 10);
    expect(alive(orphan)).toBe(true);

    const second = await start();
    try {
      expect(alive(orphan)).toBe(false);
      const recorded = readFileSync(join(dataDir, 'dynamodb-local.pid'), 'utf8');
      expect(Number.parseInt(recorded, 10)).not.toBe(orphan);
    } finally {
      await second.close();
    }
  });
});
