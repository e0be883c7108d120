// `followup preview`: the mails one confirmation would produce — the acknowledgment, then each
// planned milestone's draft as it would go out at its due time — written as .eml and .html files
// to look at before anything is scheduled. Stores nothing and needs no running stack.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { templateFolder } from '../functions/adapters/template-files.ts';
import { applicationIdFor, openApplication } from '../functions/core/application.ts';
import {
  type ComposedMail,
  createMailRenderer,
  type MailContext,
  type OverrideRejection,
} from '../functions/core/mail/index.ts';
import type { Application, Milestone, MilestoneKind } from '../functions/core/model.ts';
import { defaultPolicy, type Policy } from '../functions/core/planning/index.ts';
import { holidaysFor } from '../functions/core/planning/load-holidays.ts';
import { parseMail } from '../functions/core/understand/mime.ts';
import { LOCAL_DEMO_USER, LOCAL_INTAKE_ADDRESS } from './defaults.ts';
import { planTimeline } from './plan.ts';

export const PREVIEW_KINDS = [
  'acknowledgment',
  'thank-you',
  'follow-up-1',
  'follow-up-2',
  'close-out',
] as const satisfies readonly ('acknowledgment' | MilestoneKind)[];

export type PreviewKind = (typeof PREVIEW_KINDS)[number];

export class PreviewError extends Error {
  override name = 'PreviewError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface PreviewOptions {
  /** The user's IANA zone: milestones are planned and shown in it. */
  userTimezone: string;
  /** When the confirmation arrives: the acknowledgment's date and the planning's "now". */
  now: Date;
  /** Only this kind of mail; every one when absent. */
  only?: PreviewKind;
  /** Where the files go; `preview/<company>/` under the working folder when absent. */
  outDir?: string;
  /** The user's address; the message's sender (the one who forwarded it) when absent. */
  user?: string;
  intakeAddress?: string;
  policy?: Policy;
  /** A folder of the user's templates, validated the way the deployed functions do. */
  overridesDir?: string;
}

export interface PreviewFile {
  kind: PreviewKind;
  subject: string;
  /** The whole mail as the user would receive it (with the `.eml` draft attached). */
  eml: string;
  /** Its HTML part, to open in a browser. */
  html: string;
}

export interface Preview {
  outDir: string;
  files: PreviewFile[];
  /** Override templates that were not taken, and why. */
  rejectedOverrides: OverrideRejection[];
}

/** Lower-case ASCII words joined by hyphens: safe in any file system. */
export function slug(text: string | null | undefined, fallback: string): string {
  const out = (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return out || fallback;
}

export function isPreviewKind(name: string): name is PreviewKind {
  return (PREVIEW_KINDS as readonly string[]).includes(name);
}

function byDue(a: Milestone, b: Milestone): number {
  return Date.parse(a.due) - Date.parse(b.due);
}

export async function writePreview(raw: Uint8Array, options: PreviewOptions): Promise<Preview> {
  const policy = options.policy ?? defaultPolicy;
  const timeline = await planTimeline(raw, {
    userTimezone: options.userTimezone,
    now: options.now,
    policy,
  });
  const reading = timeline.reading;
  if (!reading.interview) throw new PreviewError(`no drafts: ${timeline.problem}`);

  const envelope = await parseMail(raw);
  const user = (options.user ?? envelope.from?.email ?? LOCAL_DEMO_USER).trim().toLowerCase();
  const messageId = envelope.messageId ?? 'preview';
  const application: Application = openApplication({
    id: applicationIdFor(user, messageId),
    userId: user,
    reading: reading.interview,
    userTimezone: options.userTimezone,
    policy,
    holidays: await holidaysFor(policy.country, options.userTimezone),
    now: options.now,
    threadMessageIds: [messageId],
  });
  const interview = application.interviews[0];
  if (!interview) throw new PreviewError('no drafts: the application has no interview');

  const rejectedOverrides: OverrideRejection[] = [];
  const renderer = createMailRenderer({
    ...(options.overridesDir ? { overrides: templateFolder(options.overridesDir) } : {}),
    onOverrideRejected: (rejection) => rejectedOverrides.push(rejection),
  });
  const intake = options.intakeAddress ?? LOCAL_INTAKE_ADDRESS;
  // Replies to a preview go nowhere real, so the plain intake stands in for the tokenized address.
  const context = (now: Date): MailContext => ({
    from: intake,
    to: user,
    replyTo: intake,
    now,
    messageIdDomain: intake.slice(intake.lastIndexOf('@') + 1),
  });

  // Numbered over everything the confirmation produces, so a file keeps its name when only one
  // kind is asked for.
  const mails: { kind: PreviewKind; name: string; mail: ComposedMail }[] = [];
  let number = 1;
  const named = (name: string) => `${String(number++).padStart(2, '0')}-${name}`;
  const wanted = (kind: PreviewKind) => !options.only || options.only === kind;
  if (wanted('acknowledgment')) {
    const missing = [...(reading.missing ?? [])];
    if (!interview.start && !missing.includes('interview time')) missing.push('interview time');
    const mail = await renderer.acknowledgment({
      application,
      interview,
      missing,
      context: context(options.now),
    });
    mails.push({ kind: 'acknowledgment', name: named('acknowledgment'), mail });
  } else named('acknowledgment');
  for (const milestone of [...application.milestones].sort(byDue)) {
    const who = milestone.kind === 'thank-you' ? milestone.interviewer?.name : null;
    const name = named(who ? `${milestone.kind}-${slug(who, 'interviewer')}` : milestone.kind);
    if (!wanted(milestone.kind)) continue;
    const of = application.interviews.find((candidate) => candidate.id === milestone.interviewId);
    // Each draft as it would be mailed: "send by tomorrow" is counted from its due time.
    const mail = await renderer.draft({
      application,
      milestone,
      interview: of ?? interview,
      context: context(new Date(milestone.due)),
    });
    mails.push({ kind: milestone.kind, name, mail });
  }
  if (mails.length === 0) {
    throw new PreviewError(
      options.only
        ? `no ${options.only} is planned for this interview`
        : 'no drafts: nothing is planned for this interview',
    );
  }

  const outDir = resolve(options.outDir ?? join('preview', slug(application.company, 'interview')));
  await mkdir(outDir, { recursive: true });
  const files: PreviewFile[] = [];
  for (const { kind, name, mail } of mails) {
    const base = join(outDir, name);
    const file = { kind, subject: mail.subject, eml: `${base}.eml`, html: `${base}.html` };
    await writeFile(file.eml, mail.raw);
    await writeFile(file.html, mail.html);
    files.push(file);
  }
  return { outDir, files, rejectedOverrides };
}
