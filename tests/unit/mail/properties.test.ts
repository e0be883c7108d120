// Every mail over many generated applications (accented and apostrophe names, missing role, several
// interviewers, long company names, hostile strings): drafts keep the linter's hard rules, HTML
// carries no markup but our own, headers carry no injected field, and MIME parses back.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import {
  type ComposedMail,
  choiceOption,
  createMailRenderer,
  type DraftKind,
  lintDraft,
} from '../../../functions/core/mail/index.ts';
import { displayName, personalName } from '../../../functions/core/mail/views.ts';
import type { Application, Interview, Milestone, Person } from '../../../functions/core/model.ts';
import { contextFixture } from './fixtures.ts';
import {
  addressesOf,
  attachedDraft,
  draftInText,
  header,
  parseMail,
  rawHeaderBlock,
} from './mime.ts';

const renderer = createMailRenderer({});

/** 40 keeps the suite fast; FOLLOWUP_PROPERTY_RUNS=1000 for a deeper search. */
const RUNS = Number(process.env.FOLLOWUP_PROPERTY_RUNS ?? 40);

const HOSTILE = [
  '{{greeting}}',
  '{{#each commands}}x{{/each}}',
  '{{{title}}}',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\r\nBcc: x@evil.example',
  'Dana\r\nBcc: x@evil.example',
  '\nCc: y@evil.example\n\n<b>body</b>',
  '=?utf-8?B?PHNjcmlwdD4=?=',
  '</div></body></html>',
  "javascript:alert('x')",
];

const REAL_NAMES = [
  "Zoë O'Brien",
  'José Álvarez-Núñez',
  "D'Angelo Smith",
  'Dr. Amara Okafor',
  '李小龙',
  'Siobhán Ní Bhriain',
  'Ångström Øre-Ødegård',
  'Dana Lee',
];

const COMPANIES = [
  'Acme',
  "McDonald's",
  'Société Générale',
  'Müller & Söhne GmbH',
  'The Extraordinarily Long International Consolidated Holdings Company of North America Incorporated',
];

const ROLES = [
  'Staff Engineer',
  'Senior Product Designer (Growth)',
  'Ingénieure logicielle',
  'SRE II',
];

const NOTES = [
  'we discussed their Kafka migration',
  'their on-call rotation',
  "Zoë's team is moving to Rust.",
  'update: I passed the CKA exam last week',
  'update: shipped a side project on edge caching',
];

const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'UTC',
];

const text = (pool: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...pool), fc.constantFrom(...HOSTILE))
        .map(([real, bad]) => `${real} ${bad}`),
    },
  );

type EmailCase = { kind: 'plain'; value: string } | { kind: 'bad'; value: string } | null;

const emailCase: fc.Arbitrary<EmailCase> = fc.oneof(
  fc.emailAddress({ size: 'small' }).map((value) => ({ kind: 'plain' as const, value })),
  fc
    .constantFrom(
      'dana@acme.example\r\nBcc: x@evil.example',
      'not an address',
      '<x@evil.example>',
      'a@acme.example, b@evil.example',
      '"Dana" <dana@acme.example>',
    )
    .map((value) => ({ kind: 'bad' as const, value })),
  fc.constant(null),
);

const person = fc
  .record({ name: text(REAL_NAMES), email: emailCase })
  .map(({ name, email }) => ({ person: { name, email: email?.value ?? null }, email }));

const isoIn = (zone: string) =>
  fc
    .date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2027-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => DateTime.fromJSDate(date).setZone(zone).startOf('minute').toISO() ?? '');

const scenario = fc
  .record({
    company: fc.option(text(COMPANIES), { nil: null }),
    role: fc.option(text(ROLES), { nil: null }),
    people: fc.array(person, { minLength: 0, maxLength: 3 }),
    notes: fc.array(fc.oneof(fc.constantFrom(...NOTES), fc.constantFrom(...HOSTILE)), {
      maxLength: 3,
    }),
    interviewZone: fc.constantFrom(...ZONES),
    userZone: fc.constantFrom(...ZONES),
    hasStart: fc.boolean(),
    decisionBy: fc.option(fc.constantFrom('2026-04-17', '2026-12-31'), { nil: null }),
    userName: fc.option(text(REAL_NAMES), { nil: null }),
    /** Where the user's name comes from: the application (the forward's From) or the To address. */
    nameOnApplication: fc.boolean(),
  })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      start: isoIn(base.interviewZone),
      due: isoIn(base.userZone),
      now: fc.date({
        min: new Date('2025-01-01T00:00:00Z'),
        max: new Date('2028-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
    }),
  )
  .map(({ base, start, due, now }) => {
    const interviewers: Person[] = base.people.map((entry) => entry.person);
    const interview: Interview = {
      id: 'i1',
      company: base.company,
      role: base.role,
      start: base.hasStart ? start : null,
      end: base.hasStart
        ? DateTime.fromISO(start, { setZone: true }).plus({ minutes: 45 }).toISO()
        : null,
      timezone: base.interviewZone,
      interviewers,
      format: 'video',
      decisionBy: base.decisionBy,
    };
    const milestone = (
      kind: Milestone['kind'],
      interviewer: Person | null,
      index: number,
    ): Milestone => ({
      id: `${kind}-${index}`,
      kind,
      interviewId: 'i1',
      interviewer,
      due,
      timezone: base.userZone,
      state: 'PENDING',
    });
    const first = interviewers[0] ?? null;
    const milestones: Milestone[] = [
      ...(interviewers.length > 0
        ? interviewers.map((entry, index) => milestone('thank-you', entry, index))
        : [milestone('thank-you', null, 0)]),
      milestone('follow-up-1', first, 0),
      milestone('follow-up-2', first, 0),
      milestone('close-out', first, 0),
    ];
    const application: Application = {
      userId: 'sam.doe@example.com',
      id: 'abcdefghij',
      status: 'OPEN',
      company: base.company,
      role: base.role,
      timezone: base.userZone,
      interviews: [interview],
      milestones,
      threadMessageIds: ['<CAF1234@mail.gmail.com>', 'not a message id\r\nBcc: x@evil.example'],
      notes: base.notes,
      ...(base.nameOnApplication ? { userName: base.userName } : {}),
      createdAt: '2026-04-10T12:00:00.000Z',
      updatedAt: '2026-04-10T12:00:00.000Z',
      version: 1,
    };
    const context = contextFixture({
      now,
      to:
        base.userName && !base.nameOnApplication
          ? `"${base.userName.replace(/[\r\n"\\]/g, ' ')}" <sam.doe@example.com>`
          : 'sam.doe@example.com',
    });
    return { application, interview, emails: base.people.map((entry) => entry.email), context };
  });

const ALLOWED_TAGS = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'title',
  'body',
  'div',
  'p',
  'strong',
  'a',
  'table',
  'tr',
  'td',
  'h1',
  'h2',
  'ul',
  'ol',
  'li',
  'span',
  'hr',
  'code',
  'pre',
  'br',
]);

const ALLOWED_HEADERS = new Set([
  'from',
  'to',
  'reply-to',
  'subject',
  'message-id',
  'date',
  'references',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'auto-submitted',
  'list-unsubscribe',
  'x-unsent',
]);

/** A draft keeps who it goes to besides (Cc) and the sent copy's address (Bcc). */
const DRAFT_HEADERS = new Set([...ALLOWED_HEADERS, 'cc', 'bcc']);

function headerKeys(raw: Uint8Array): string[] {
  // An attachment read back by the parser has bare LF line ends: every line counts, not the first.
  const crlf = new TextEncoder().encode(
    Buffer.from(raw).toString('latin1').replace(/\r?\n/g, '\r\n'),
  );
  return rawHeaderBlock(crlf)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
}

function expectCleanHtml(html: string) {
  const tags = [...html.matchAll(/<\/?([!a-zA-Z][a-zA-Z0-9]*)/g)].map((match) =>
    (match[1] ?? '').toLowerCase(),
  );
  expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
  expect(html).not.toMatch(/\s(src|on[a-z]+|style\s*=\s*"[^"]*url\()\s*=/i);
  const links = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1] ?? '');
  for (const link of links) expect(link.startsWith('mailto:')).toBe(true);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

async function expectWellFormed(mail: ComposedMail, replyTo: string) {
  expect(mail.subject).not.toMatch(CONTROL);
  const keys = headerKeys(mail.raw);
  expect(keys.filter((key) => !ALLOWED_HEADERS.has(key))).toEqual([]);
  expect(new Set(keys).size).toBe(keys.length);
  const email = await parseMail(mail.raw);
  expect(email.subject).toBe(mail.subject);
  expect(addressesOf(email.to)).toEqual(['sam.doe@example.com']);
  expect(addressesOf(email.replyTo)).toEqual([replyTo]);
  expect(email.text?.trim()).toBe(mail.text.trim());
  expectCleanHtml(email.html ?? '');
  return email;
}

/** An attached plan parses back to one event per milestone, whatever the names in it. */
async function expectCalendarParses(mail: ComposedMail) {
  const parsed = await PostalMime.parse(mail.raw, { attachmentEncoding: 'utf8' });
  for (const attachment of parsed.attachments.filter((a) => a.mimeType === 'text/calendar')) {
    const calendar = new ICAL.Component(ICAL.parse(String(attachment.content)));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(String(event.getFirstPropertyValue('uid'))).toMatch(/^[a-z]+-[\w-]+@followup$/);
    }
  }
}

const DRAFT_KIND: Record<Milestone['kind'], DraftKind> = {
  'thank-you': 'thank-you',
  'follow-up-1': 'follow-up-1',
  'follow-up-2': 'follow-up-2',
  'close-out': 'keep-in-touch',
};

describe('rendering over generated applications', () => {
  it('every draft mail is well-formed, safe and passes the hard rules', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ application, interview, emails, context }) => {
        for (const milestone of application.milestones) {
          const mail = await renderer.draft({ application, milestone, interview, context });
          const email = await expectWellFormed(mail, context.replyTo);
          const draftText = draftInText(mail.text);
          const kind = DRAFT_KIND[milestone.kind];
          const names = [
            application.company,
            application.role,
            milestone.interviewer?.name ?? interview.interviewers[0]?.name ?? null,
            // The names the draft signs with, as the product reads them.
            displayName(context.to),
            personalName(application.userName),
          ]
            .filter((value): value is string => Boolean(value))
            .map((value) => value.replace(/\s+/g, ' ').trim())
            .flatMap((value) => [value, value.split(' ')[0] ?? '']);
          const lint = lintDraft(kind, draftText, application.notes, { ignore: names });
          expect(lint.checks.filter((check) => check.hard && !check.passed)).toEqual([]);
          expect(mail.lint?.ok).toBe(true);
          expect(mail.text).not.toContain('[ ] Says thank you');

          const { draft } = await attachedDraft(email);
          expect(header(draft, 'x-unsent')).toEqual(['1']);
          expect(draft.text?.trim()).toBe(draftText);
          const person = milestone.interviewer ?? interview.interviewers[0] ?? ({} as Person);
          const index = interview.interviewers.indexOf(person);
          const expected = emails[index === -1 ? 0 : index] ?? null;
          // A blank name is no interviewer the draft can greet: it goes out unaddressed.
          const named = (person.name ?? '').trim().length > 0;
          expect(addressesOf(draft.to)).toEqual(
            named && expected?.kind === 'plain' ? [expected.value] : [],
          );
          const attachment = email.attachments.find((entry) => entry.filename?.endsWith('.eml'));
          const raw = new Uint8Array(attachment?.content as ArrayBuffer);
          const draftKeys = headerKeys(raw);
          expect(draftKeys).toContain('x-unsent');
          expect(draftKeys.filter((key) => !DRAFT_HEADERS.has(key))).toEqual([]);
          expect(new Set(draftKeys).size).toBe(draftKeys.length);
          expect(raw.every((byte) => byte < 128)).toBe(true);
          if (application.company?.includes('{{')) expect(mail.text).toContain('{{');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('every system mail and employer-reply mail is well-formed and safe', async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario,
        fc.array(fc.constantFrom(...HOSTILE, 'interview time', 'time zone', 'company', 'role'), {
          maxLength: 3,
        }),
        async ({ application, interview, context }, missing) => {
          const mails = [
            await renderer.acknowledgment({ application, interview, missing, context }),
            await renderer.unreadable({ missing, context }),
            await renderer.stopConfirmation({ application, context }),
            await renderer.status({ applications: [application, application], context }),
            await renderer.help({ context }),
            await renderer.commandConfirmation({
              application,
              summary: missing[0] ?? 'snoozed 3 days',
              context,
            }),
            await renderer.linkedin({ application, interview, recipient: null, context }),
            await renderer.choice({
              question: missing[0] ?? 'Which application?',
              note: missing[1] ?? null,
              options: [choiceOption(application, 1), choiceOption(application, 2)],
              command: missing[2] ?? 'stop',
              context,
            }),
            await renderer.forgetRequest({
              applications: [application],
              expiresAt: new Date(context.now.getTime() + 86_400_000).toISOString(),
              timezone: application.timezone,
              repeated: missing.length > 1,
              context,
            }),
            await renderer.forgotten({ deleted: 1, applications: [application], context }),
            await renderer.status({
              applications: [application],
              digest: {
                next: application.milestones[0]?.due ?? null,
                timezone: application.timezone,
              },
              context,
            }),
            await renderer.commandConfirmation({
              application: null,
              summary: missing[0] ?? 'time zone set',
              planChanged: true,
              replanned: [application, { ...application, id: 'klmnopqrst', status: 'PAUSED' }],
              context,
            }),
          ];
          for (const kind of ['rejection-reply', 'next-round-reply', 'offer-reply'] as const) {
            const mail = await renderer.employerReply({
              kind,
              application,
              interview,
              recipient: null,
              context,
            });
            expect(mail.lint?.checks.filter((check) => check.hard && !check.passed)).toEqual([]);
            mails.push(mail);
          }
          for (const mail of mails) {
            await expectWellFormed(mail, context.replyTo);
            await expectCalendarParses(mail);
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
