// Benchmark -> the hot paths in-process: reading a forward, planning, rendering a draft; the mean
// time per call after a warm-up, against its target on this project's 2-core reference machine.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMailRenderer } from '../functions/core/mail/index.ts';
import { defaultPolicy, planMilestones } from '../functions/core/planning/index.ts';
import { holidaysFor } from '../functions/core/planning/load-holidays.ts';
import { understandMessage } from '../functions/core/understand/index.ts';
import { openAcme } from '../tests/support/samples.ts';

const fixtures = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'mail');
const mails = readdirSync(fixtures)
  .filter((name) => name.endsWith('.eml'))
  .map((name) => readFileSync(resolve(fixtures, name)));
const simple = readFileSync(resolve(fixtures, 'confirmation-simple.eml'));
const now = new Date('2026-12-01T12:00:00Z');

const application = openAcme(now, 'bench@example.net');
const interview = application.interviews[0];
const thankYou = application.milestones[0];
const renderer = createMailRenderer({});
const context = {
  from: 'interviews@followup.example.com',
  to: 'alex@example.net',
  replyTo: 'interviews+x@followup.example.com',
  now,
  messageIdDomain: 'followup.example.com',
};

export interface HotPath {
  name: string;
  meanMs: number;
  targetMs: number;
}

/** Mean time per call of `run`, after `warmUp` calls, over at least `minimumMs` of calls. */
async function meanMs(run: () => unknown, warmUp = 5, minimumMs = 1000): Promise<number> {
  for (let i = 0; i < warmUp; i++) await run();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < minimumMs || calls < 10) {
    await run();
    calls += 1;
  }
  return (performance.now() - started) / calls;
}

export async function measureHotPaths(): Promise<HotPath[]> {
  if (!interview || !thankYou) throw new Error('the bench application has no milestone');
  const holidays = await holidaysFor(null, 'Asia/Kolkata');
  return [
    {
      name: 'understandMessage: the simple confirmation',
      targetMs: 25,
      meanMs: await meanMs(() =>
        understandMessage(simple, { defaultTimezone: 'America/New_York' }),
      ),
    },
    {
      name: `understandMessage: mean over the ${mails.length} fixtures`,
      targetMs: 25,
      meanMs:
        (await meanMs(async () => {
          for (const mail of mails) await understandMessage(mail, { defaultTimezone: 'UTC' });
        }, 1)) / mails.length,
    },
    {
      name: 'planMilestones',
      targetMs: 2,
      meanMs: await meanMs(() =>
        planMilestones({
          interview,
          policy: defaultPolicy,
          holidays,
          userTimezone: 'Asia/Kolkata',
          now,
        }),
      ),
    },
    {
      name: 'thank-you draft mail with .eml attachment',
      targetMs: 15,
      meanMs: await meanMs(() =>
        renderer.draft({ application, milestone: thankYou, interview, context }),
      ),
    },
  ];
}
