// The `followup` command as a user runs it (a separate process, through bin/), against a local
// stack on free ports.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../support/fixtures.ts';
import { startTestStack, type TestStack } from '../support/local-stack.ts';

const run = promisify(execFile);

function followup(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['bin/followup.js', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

// Each step is the CLI in a new node process (tsx loading it): a second of CPU or more each, so a
// test's time follows the machine's load more than the default bound allows for; a hang still fails.
describe('followup CLI', { timeout: 120_000 }, () => {
  let stack: TestStack;
  let env: Record<string, string>;
  beforeAll(async () => {
    stack = await startTestStack();
    env = {
      FOLLOWUP_SMTP_PORT: String(stack.ports.smtp),
      FOLLOWUP_CONTROL_PORT: String(stack.ports.control),
    };
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('explains itself', async () => {
    const { code, stdout } = await followup(['--help']);
    expect(code).toBe(0);
    for (const command of ['forward', 'parse', 'status', 'clock advance', 'eval']) {
      expect(stdout).toContain(command);
    }
  });

  it('parses a message into JSON without storing anything', async () => {
    const { code, stdout } = await followup(['parse', fixturePath('mail/confirmation-simple.eml')]);
    expect(code).toBe(0);
    const reading = JSON.parse(stdout);
    expect(reading.kind).toBe('interview');
    expect(reading.interview.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(await stack.applications('alex.rivera@example.net')).toEqual([]);
  });

  it('plans a timeline without storing anything, as a table or as JSON', async () => {
    const file = fixturePath('mail/confirmation-simple.eml');
    const args = ['plan', file, '--now', '2026-12-01T00:00:00Z', '--tz', 'Asia/Kolkata'];
    const json = await followup([...args, '--json']);
    expect(json.code).toBe(0);
    const timeline = JSON.parse(json.stdout) as Array<{ milestone: string; due: string }>;
    expect(timeline.map((m) => m.milestone)).toEqual([
      'thank-you',
      'follow-up-1',
      'follow-up-2',
      'close-out',
    ]);
    for (const entry of timeline) expect(entry.due).toMatch(/\+05:30$/);
    const table = await followup(args);
    expect(table.stdout).toMatch(/thank-you\s+Fri, 11 Dec, 8:00 am IST/);
    expect(await stack.applications('alex.rivera@example.net')).toEqual([]);
  });

  it('forwards, lists and moves the clock of the running stack', async () => {
    await followup(['clock', 'set', '2026-12-01T12:00:00Z'], env);
    const forwarded = await followup(['forward', fixturePath('mail/confirmation-simple.eml')], env);
    expect(forwarded.stderr).toBe('');
    expect(forwarded.stdout).toMatch(/handled/);
    expect(await stack.mail()).toHaveLength(1);

    const status = await followup(['status', '--user', 'alex.rivera@example.net'], env);
    expect(status.stdout).toMatch(/OPEN/);
    expect(status.stdout).toMatch(/thank-you Thu, Dec 10, 4:45 PM ET/);

    const replied = await followup(['reply', 'pause', '--user', 'alex.rivera@example.net'], {
      ...env,
      FOLLOWUP_SES_PORT: String(new URL(stack.endpoints.ses).port),
    });
    expect(replied.stdout).toMatch(/handled/);
    const [paused] = await stack.applications('alex.rivera@example.net');
    expect(paused?.status).toBe('PAUSED');
    expect(await stack.mail()).toHaveLength(2);

    const advanced = await followup(['clock', 'advance', '60d'], env);
    expect(advanced.code).toBe(0);
    expect(advanced.stdout).toMatch(/fired 0 schedule/);
    expect(await stack.mail()).toHaveLength(2);
  });

  it('forward delivers to the intake whatever the file is addressed to; --to overrides it', async () => {
    // A filter-forwarded mail keeps the recruiter's To: (the user), which the intake does not take.
    const filtered = fixturePath('mail/greenhouse-html-only.eml');
    const forwarded = await followup(['forward', filtered], env);
    expect(forwarded.code).toBe(0);
    expect(forwarded.stderr).toBe('');
    expect(forwarded.stdout).toMatch(/delivered and handled \(250 /);

    const elsewhere = await followup(['forward', filtered, '--to', 'alex.rivera@example.net'], env);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toMatch(
      /^followup: the intake refused the message for alex\.rivera@example\.net: 550 /,
    );
    expect(elsewhere.stderr).not.toMatch(/\n\s+at /);
  });

  it('says clearly when the stack is not running or the input is wrong', async () => {
    const down = await followup(['status'], { FOLLOWUP_CONTROL_PORT: '1' });
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/npm start/);
    const bad = await followup(['clock', 'advance', 'soon'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/duration/);
  });
});
