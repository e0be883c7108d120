// `followup preview` as a user runs it (a separate process, through bin/, no local stack): the
// mails a confirmation would produce land as .eml and .html files, and read back with postal-mime
// as a mail client would read them.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath, repoRoot } from '../support/fixtures.ts';
import { addressesOf, attachedDraft, draftInText, header, parseMail } from '../unit/mail/mime.ts';

const run = promisify(execFile);

function followup(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return run(process.execPath, [join(repoRoot, 'bin/followup.js'), ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, ...options.env },
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

const NOW = '2026-12-01T00:00:00Z';
const ZONE = 'Asia/Kolkata';
const confirmation = fixturePath('mail/confirmation-simple.eml');

async function readEml(path: string): Promise<Email> {
  return parseMail(new Uint8Array(readFileSync(path)));
}

// Each step is the CLI in a new node process (tsx loading it and the renderer): its time follows the
// machine's load more than the default bound allows for; a hang still fails.
describe('followup preview', { timeout: 120_000 }, () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'followup-preview-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the acknowledgment and every planned draft, as the plan times them', async () => {
    const args = [confirmation, '--now', NOW, '--tz', ZONE];
    const [preview, plan] = await Promise.all([
      followup(['preview', ...args], { cwd: work }),
      followup(['plan', ...args, '--json']),
    ]);
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    const timeline = JSON.parse(plan.stdout) as { milestone: string; due: string }[];

    // Default folder: ./preview/<company>/ under the working folder; every path is printed.
    const folder = join(work, 'preview', 'harborview-labs');
    const printed = preview.stdout.trim().split('\n');
    expect(readdirSync(folder).sort()).toEqual(
      printed.map((path) => path.slice(folder.length + 1)).sort(),
    );
    const emls = printed.filter((path) => path.endsWith('.eml'));
    expect(emls).toHaveLength(1 + timeline.length);
    expect(printed.filter((path) => path.endsWith('.html'))).toHaveLength(emls.length);

    const [acknowledgmentPath, ...draftPaths] = emls;
    const acknowledgment = await readEml(acknowledgmentPath as string);
    expect(acknowledgment.subject).toMatch(/^Got it: interview with Harborview Labs/);
    expect(addressesOf(acknowledgment.to)).toEqual(['alex.rivera@example.net']);
    expect(Date.parse(acknowledgment.date ?? '')).toBe(Date.parse(NOW));
    expect(acknowledgment.attachments.map((entry) => entry.filename)).toEqual([
      'followup-plan.ics',
    ]);

    for (const [index, path] of draftPaths.entries()) {
      const mail = await readEml(path);
      const planned = timeline[index];
      // Each draft dated when it would be mailed, in the order the plan gives.
      expect(Date.parse(mail.date ?? '')).toBe(Date.parse(planned?.due ?? ''));
      expect(path).toContain(`-${planned?.milestone}`);
      expect(readFileSync(path.replace(/\.eml$/, '.html'), 'utf8').trim()).toBe(mail.html?.trim());
      expect(mail.html).not.toMatch(/<script|<img|src=/i);

      const { draft } = await attachedDraft(mail);
      expect(header(draft, 'x-unsent')).toEqual(['1']);
      expect(addressesOf(draft.to)).toEqual(['dana.lee@harborviewlabs.example']);
      expect(draft.text?.trim()).toBe(draftInText(mail.text ?? ''));
    }
    const thankYou = await readEml(draftPaths[0] as string);
    expect(thankYou.subject).toBe(
      'Ready to send: thank-you note to Dana Lee (Harborview Labs, Frontend Engineer)',
    );
  });

  it('writes only the named milestone, one thank-you per interviewer, under --out', async () => {
    const out = join(work, 'panel');
    const { code, stdout } = await followup([
      'preview',
      fixturePath('mail/panel-onsite-london.eml'),
      '--milestone',
      'thank-you',
      '--out',
      out,
      '--now',
      '2026-01-01T00:00:00Z',
    ]);
    expect(code).toBe(0);
    const emls = stdout
      .trim()
      .split('\n')
      .filter((path) => path.endsWith('.eml'));
    expect(emls.every((path) => path.startsWith(out))).toBe(true);
    expect(emls.length).toBeGreaterThan(1);
    const greeted = new Set<string>();
    for (const path of emls) {
      const { draft } = await attachedDraft(await readEml(path));
      expect(header(draft, 'x-unsent')).toEqual(['1']);
      // Each note greets the interviewer its file is named after.
      const firstName = /^Hi ([^,]+),/.exec(draft.text ?? '')?.[1] ?? '';
      expect(path).toMatch(new RegExp(`-thank-you-${firstName.toLowerCase()}-`));
      greeted.add(firstName);
    }
    expect(greeted.size).toBe(emls.length);
    expect(readdirSync(out).filter((file) => !file.includes('thank-you'))).toEqual([]);
  });

  it('renders with folder overrides, naming the ones it rejects', async () => {
    const overrides = join(work, 'my-templates');
    mkdirSync(join(overrides, 'drafts'), { recursive: true });
    writeFileSync(
      join(overrides, 'drafts', 'thank-you.hbs'),
      'Subject: Thanks, {{firstName}}\n\n{{greeting}}\n\nThanks for {{reference}}. What are the next steps?\n',
    );
    writeFileSync(join(overrides, 'drafts', 'follow-up-1.hbs'), 'Subject: Hi\n\n{{greeting}}\n');
    const out = join(work, 'overridden');
    const { code, stdout, stderr } = await followup(
      ['preview', confirmation, '--milestone', 'thank-you', '--out', out, '--now', NOW],
      { env: { FOLLOWUP_TEMPLATE_OVERRIDES: overrides } },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('drafts/follow-up-1.hbs not used: misses required slot {{update}}');
    const eml = stdout.split('\n').find((path) => path.endsWith('.eml')) as string;
    const { draft } = await attachedDraft(await readEml(eml));
    expect(draft.subject).toBe('Thanks, Dana');
  });

  it('says what is wrong with the input', async () => {
    const [notInterview, unknown, missing, help] = await Promise.all([
      followup(['preview', fixturePath('mail/command-status.eml')], { cwd: work }),
      followup(['preview', confirmation, '--milestone', 'offer'], { cwd: work }),
      followup(['preview'], { cwd: work }),
      followup(['--help']),
    ]);
    expect(notInterview.code).toBe(2);
    expect(notInterview.stderr).toMatch(/no drafts: this reads as "command"/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /acknowledgment, thank-you, follow-up-1, follow-up-2, close-out/,
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/needs a FILE\.eml/);
    expect(help.stdout).toMatch(/preview FILE\.eml \[--milestone NAME\]/);
  });
});
