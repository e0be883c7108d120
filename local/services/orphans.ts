// Local stack -> child processes that outlive a crash: each one's PID is recorded in the data
// folder with a marker argument it was started with, so the next start stops exactly that
// process (never one that merely reuses the PID, never another stack's) before taking its port.
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

/** The argument that marks a child as the one of this data folder: `-Dfollowup.owner=<dir>`. */
export const ownerMarker = (dataDir: string) => `-Dfollowup.owner=${dataDir}`;

export async function recordChild(pidFile: string, pid: number | undefined): Promise<void> {
  if (pid !== undefined) await writeFile(pidFile, `${pid}\n`);
}

export async function forgetChild(pidFile: string): Promise<void> {
  await rm(pidFile, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The process's arguments, or none when it is gone or they cannot be read. */
async function argumentsOf(pid: number): Promise<string[]> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
  } catch {
    try {
      // No /proc (macOS): `ps` joins the arguments with spaces; a marker with spaces never matches.
      const { stdout } = await promisify(execFile)('ps', ['-p', String(pid), '-o', 'command=']);
      return stdout.trim().split(/\s+/);
    } catch {
      return [];
    }
  }
}

/**
 * Stops the child a crashed run left behind, if the recorded PID is still that child (one of its
 * arguments is `marker`). True when one was stopped.
 */
export async function stopOrphan(pidFile: string, marker: string): Promise<boolean> {
  const pid = Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10);
  await forgetChild(pidFile);
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid || !alive(pid)) return false;
  if (!(await argumentsOf(pid)).includes(marker)) return false;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 5_000 && alive(pid); waited += 50) await sleep(50);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (let waited = 0; waited < 2_000 && alive(pid); waited += 50) await sleep(50);
  return true;
}
