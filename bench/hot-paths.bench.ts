// Speed targets of the hot paths, per call on this project's 2-core reference machine:
//   understandMessage  < 25 ms for a typical forwarded confirmation (Lambda cold path budget)
//   planMilestones     < 2 ms
//   draft rendering    < 15 ms per draft mail, .eml attachment included
// `npm run bench` prints the measured mean; compare it with these targets.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { builtInTemplates } from '../functions/adapters/template-files.ts';
import { applicationIdFor, openApplication } from '../functions/core/application.ts';
import { createMailRenderer } from '../functions/core/mail/index.ts';
import { defaultPolicy, planMilestones } from '../functions/core/planning/index.ts';
import { understandMessage } from '../functions/core/understand/index.ts';

const fixtures = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'mail');
const mails = readdirSync(fixtures)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => readFileSync(resolve(fixtures, name)));
const simple = readFileSync(resolve(fixtures, 'confirmation-simple.eml'));
const now = new Date('2026-12-01T12:00:00Z');

const application = openApplication({
  id: applicationIdFor('alex@example.net', 'bench@example.net'),
  userId: 'alex@example.net',
  reading: {
    company: 'Harborview Labs',
    role: 'Frontend Engineer',
    start: '2026-12-10T14:00:00-05:00',
    end: '2026-12-10T14:45:00-05:00',
    timezone: 'America/New_York',
    interviewers: [{ name: 'Dana Lee', email: 'dana@harborview.example' }],
    format: 'video',
    decisionBy: '2026-12-17',
  },
  userTimezone: 'America/New_York',
  policy: defaultPolicy,
  now,
  threadMessageIds: [],
});
const interview = application.interviews[0];
const thankYou = application.milestones[0];
const renderer = createMailRenderer({ templates: builtInTemplates() });
const context = {
  from: 'interviews@followup.example.com',
  to: 'alex@example.net',
  replyTo: 'interviews+x@followup.example.com',
  now,
  messageIdDomain: 'followup.example.com',
};

describe('reading mail (target < 25 ms per message)', () => {
  bench('understandMessage: the simple confirmation', async () => {
    await understandMessage(simple, { defaultTimezone: 'America/New_York' });
  });
  bench(`understandMessage: all ${mails.length} project fixtures, one batch`, async () => {
    for (const mail of mails) await understandMessage(mail, { defaultTimezone: 'UTC' });
  });
});

describe('planning (target < 2 ms)', () => {
  bench('planMilestones', () => {
    if (!interview) throw new Error('no interview');
    planMilestones({ interview, policy: defaultPolicy, userTimezone: 'Asia/Kolkata', now });
  });
});

describe('rendering (target < 15 ms per draft mail)', () => {
  bench('thank-you draft mail with .eml attachment', async () => {
    if (!interview || !thankYou) throw new Error('no milestone');
    await renderer.draft({ application, milestone: thankYou, interview, context });
  });
});
