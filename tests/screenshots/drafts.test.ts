// Screenshot test: the HTML of every draft mail and system mail (the "which application?" list, the
// weekly digest and forget's mails included), rendered by headless Chromium
// (Debian's package, driven over the DevTools pipe) at desktop and phone widths into PNGs under
// test-output/screenshots/, loading nothing from anywhere: no image, font, stylesheet or script.
// Besides the fixtures' mails, every draft of three shared-corpus confirmations as the product
// reads and plans them (skipped, with a notice, where the corpus is absent).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ComposedMail,
  choiceOption,
  createMailRenderer,
} from '../../functions/core/mail/index.ts';
import type { Milestone } from '../../functions/core/model.ts';
import { hasShared, repoRoot, sharedDir } from '../support/fixtures.ts';
import { applicationFixture, contextFixture, interviewFixture } from '../unit/mail/fixtures.ts';
import { Browser, findChromium, INSTALL_HINT, pngSize, type Shot, servePages } from './chromium.ts';
import { type CorpusDraft, corpusDrafts } from './corpus-drafts.ts';

const chromium = findChromium();
if (!chromium) {
  console.warn(
    `screenshot tests skipped: no Chromium found (/usr/bin/chromium). Install it with \`${INSTALL_HINT}\`.`,
  );
}

if (!hasShared) {
  console.warn(
    `corpus screenshots skipped: ${sharedDir} is absent (it exists only beside the team's checkout)`,
  );
}

const OUT_DIR = join(repoRoot, 'test-output', 'screenshots');
const WIDTHS = { desktop: 800, phone: 390 } as const;

const renderer = createMailRenderer({});
const context = contextFixture();
const interview = interviewFixture();
const application = applicationFixture({
  notes: ['we discussed their Kafka migration', 'update: shipped the event-sourcing talk at QCon'],
  userName: 'Sam Doe',
});
const globex = applicationFixture({
  id: 'klmnopqrst',
  company: 'Globex',
  role: null,
  status: 'PAUSED',
  interviews: [interviewFixture({ company: 'Globex', role: null })],
});

function milestone(kind: Milestone['kind']): Milestone {
  const found = application.milestones.find((entry) => entry.kind === kind);
  if (!found) throw new Error(`no ${kind} milestone in the fixture`);
  return found;
}

const draft = (kind: Milestone['kind']) => () =>
  renderer.draft({ application, milestone: milestone(kind), interview, context });

/**
 * Every mail a person sees, with a line of its text that must be on screen; `footer: false` for the
 * mails with no commands under them (help lists them all; forget's mails have nothing to act on).
 */
const MAILS: Record<
  string,
  { mail: () => Promise<ComposedMail>; shows: RegExp; footer?: boolean }
> = {
  acknowledgment: {
    mail: () => renderer.acknowledgment({ application, interview, missing: [], context }),
    shows: /Planned drafts/,
  },
  'thank-you': { mail: draft('thank-you'), shows: /Hi Dana,/ },
  'thank-you-with-blank': {
    mail: () => {
      const blank = applicationFixture();
      const [first] = blank.milestones;
      if (!first) throw new Error('no milestone in the fixture');
      return renderer.draft({ application: blank, milestone: first, interview, context });
    },
    shows: /\[mention something you discussed\]/,
  },
  'follow-up-1': { mail: draft('follow-up-1'), shows: /event-sourcing talk/ },
  'follow-up-2': { mail: draft('follow-up-2'), shows: /Hi Dana,/ },
  'close-out': { mail: draft('close-out'), shows: /keep-in-touch note/ },
  'rejection-reply': {
    mail: () =>
      renderer.employerReply({
        kind: 'rejection-reply',
        application,
        interview,
        recipient: { name: 'Priya Raman', email: 'priya@acme.example' },
        context,
      }),
    shows: /future roles/,
  },
  status: {
    mail: () => renderer.status({ applications: [application, globex], context }),
    shows: /Globex/,
  },
  digest: {
    mail: () =>
      renderer.status({
        applications: [application, globex],
        digest: { next: '2026-04-20T09:30:00-04:00', timezone: 'America/New_York' },
        context,
      }),
    shows: /Your weekly digest: 2 open applications[\s\S]*the next one comes Mon, Apr 20/,
  },
  choice: {
    mail: () =>
      renderer.choice({
        question: 'Which application should stop act on?',
        options: [choiceOption(application, 1), choiceOption(globex, 2)],
        command: 'stop',
        context,
      }),
    // List markers are not in innerText: the PNG shows them.
    shows: /Acme, Staff Engineer\nnext: thank-you note[\s\S]*Globex\npaused[\s\S]*stop 1/,
  },
  'settings-confirmation': {
    mail: () =>
      renderer.commandConfirmation({
        application: null,
        summary: 'Your time zone is now Europe/Berlin; pending drafts moved to fit it.',
        planChanged: true,
        replanned: [application, globex],
        context,
      }),
    shows: /Globex/,
  },
  'forget-request': {
    mail: () =>
      renderer.forgetRequest({
        applications: [application, globex],
        expiresAt: '2026-04-15T20:45:00Z',
        timezone: 'America/New_York',
        repeated: false,
        context,
      }),
    shows: /reply forget to this mail within 24 hours/,
    footer: false,
  },
  forgotten: {
    mail: () => renderer.forgotten({ deleted: 2, applications: [application, globex], context }),
    shows: /followup keeps nothing more about you/,
    footer: false,
  },
  help: {
    mail: () => renderer.help({ context }),
    shows: /How followup works[\s\S]*interviewer: Dana Lee <dana@acme\.example>[\s\S]*forget/,
    footer: false,
  },
  unreadable: {
    mail: () => renderer.unreadable({ missing: ['interview time', 'company'], context }),
    shows: /time: /,
  },
  suggestion: {
    mail: () => renderer.suggestion({ command: 'snooze 3d', application, context }),
    shows: /Did you mean this\?\nsnooze 3d\n+Reply yes to this mail/,
  },
};

/**
 * Shared-corpus confirmations (interviewers as the corpus gives them): a panel of four in Los
 * Angeles with topics, one interviewer whose address is shown (New York), a UK panel (London).
 */
const CORPUS_INTERVIEWERS = {
  s01: ['Sofia Marquez', 'Ken Watanabe', 'Lila Okafor', 'Marcus Hale'],
  s05: ['Rob Castillo'],
  s29: ['Gwendolyn Achebe', 'Idris Kaplan'],
};
const corpusMails: CorpusDraft[] =
  chromium && hasShared
    ? (
        await Promise.all(
          Object.keys(CORPUS_INTERVIEWERS).map((message) => corpusDrafts(message, renderer)),
        )
      ).flat()
    : [];

/** Values a forwarded confirmation could carry, aimed at a mail's HTML. */
const hostile = applicationFixture({
  company: `Acme <img src="https://tracker.example/open.gif" onerror="window.pwned=1"> & Sons Worldwide Holdings Incorporated International`,
  role: '<script>window.pwned=2</script>Staff Engineer',
  notes: ['we discussed <style>@import url(https://fonts.example/x.css)</style> their roadmap'],
  interviews: [
    interviewFixture({
      interviewers: [
        { name: 'Dana <iframe src="https://tracker.example/frame">', email: 'dana@acme.example' },
      ],
    }),
  ],
});

/** A page that fits `width`, nothing sticking out, shot whole into a PNG of that size. */
function expectLaidOut(shot: Shot, width: number) {
  expect(shot.scrollWidth).toBeLessThanOrEqual(width);
  expect(shot.overflowing).toEqual([]);
  const size = pngSize(shot.png);
  expect(size.width).toBe(width);
  expect(size.height).toBe(shot.height);
  expect(size.height).toBeGreaterThan(300);
  // A blank page compresses to almost nothing.
  expect(shot.png.byteLength).toBeGreaterThan(10_000);
}

describe.skipIf(!chromium)('mail HTML in headless Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof servePages>>;
  const pages = new Map<string, string>();
  const shots = new Map<string, Shot>();
  let elapsedMs = 0;

  beforeAll(async () => {
    for (const [name, { mail }] of Object.entries(MAILS)) {
      pages.set(`/${name}.html`, (await mail()).html);
    }
    const firstThankYou = hostile.milestones.find((entry) => entry.kind === 'thank-you');
    if (!firstThankYou) throw new Error('no thank-you milestone in the hostile fixture');
    const hostileMail = await renderer.draft({
      application: hostile,
      milestone: firstThankYou,
      interview: hostile.interviews[0] ?? interview,
      context,
    });
    pages.set('/hostile.html', hostileMail.html);
    for (const { name, mail } of corpusMails) pages.set(`/corpus-${name}.html`, mail.html);
    // The witness: a page that does load from outside, so the recorder is known to see loads.
    pages.set(
      '/control.html',
      '<!doctype html><html><head><link rel="stylesheet" href="https://cdn.example/mail.css"></head>' +
        '<body><p>control</p><img src="http://tracker.example/open.gif" alt=""><img src="pixel.gif" alt=""></body></html>',
    );
    server = await servePages(pages);
    mkdirSync(OUT_DIR, { recursive: true });

    const started = performance.now();
    browser = await Browser.launch(chromium as string);
    // Each page loads once and is shot at every width.
    const widths = Object.entries(WIDTHS);
    for (const path of pages.keys()) {
      const taken = await browser.shoot(
        server.url(path),
        widths.map(([, width]) => width),
      );
      for (const [index, [label]] of widths.entries()) {
        const shot = taken[index];
        if (!shot) throw new Error(`no shot of ${path} at ${label} width`);
        const name = `${path.slice(1).replace(/\.html$/, '')}-${label}`;
        writeFileSync(join(OUT_DIR, `${name}.png`), shot.png);
        shots.set(name, shot);
      }
    }
    elapsedMs = performance.now() - started;
    console.info(
      `screenshots: ${shots.size} PNGs in ${Math.round(elapsedMs)} ms (launch included) -> ${OUT_DIR}`,
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sees a load when a page makes one (the recorder works)', () => {
    const shot = shots.get('control-desktop');
    expect(shot?.requests).toEqual(
      expect.arrayContaining([
        'https://cdn.example/mail.css',
        'http://tracker.example/open.gif',
        server.url('/pixel.gif'),
      ]),
    );
    expect(server.strayPaths).toContain('/pixel.gif');
  });

  describe.each(Object.entries(MAILS))('%s', (name, { shows, footer = true }) => {
    it.each(Object.entries(WIDTHS))(
      'renders at %s width with no external request and nothing sticking out',
      (label, width) => {
        const shot = shots.get(`${name}-${label}`);
        if (!shot) throw new Error(`no screenshot of ${name} at ${label} width`);
        expect(shot.requests).toEqual([]);
        expect(shot.text).toMatch(shows);
        if (footer) expect(shot.text).toMatch(/Reply to this mail with a command/);
        else expect(shot.text).not.toMatch(/Reply to this mail with a command/);
        expectLaidOut(shot, width);
      },
    );
  });

  describe.skipIf(!hasShared)('drafts of shared-corpus confirmations', () => {
    const shotOf = (name: string, label: string) => {
      const shot = shots.get(`corpus-${name}-${label}`);
      if (!shot) throw new Error(`no screenshot of ${name} at ${label} width`);
      return shot;
    };

    it.each(Object.entries(CORPUS_INTERVIEWERS))(
      '%s: a thank-you per interviewer, each panelist worded apart, then every other kind',
      (message, interviewers) => {
        const drafts = corpusMails.filter(({ name }) => name.startsWith(`${message}-`));
        expect(drafts.map(({ kind }) => kind)).toEqual([
          ...interviewers.map(() => 'thank-you'),
          'follow-up-1',
          'follow-up-2',
          'close-out',
          'rejection-reply',
        ]);
        const thanks = drafts.filter(({ kind }) => kind === 'thank-you');
        expect(thanks.map(({ recipient }) => recipient?.name)).toEqual(interviewers);
        const openings = thanks.map(({ name }) => {
          const text = shotOf(name, 'desktop').text;
          return /^Thank you[^\n]*$/m.exec(text)?.[0].replace(/ on \w+day/, '');
        });
        expect(openings.every(Boolean)).toBe(true);
        expect(new Set(openings).size).toBe(Math.min(interviewers.length, 3));
      },
    );

    describe.each(corpusMails.map((draft) => [draft.name, draft] as const))(
      '%s',
      (name, { kind, recipient, interview }) => {
        it.each(Object.entries(WIDTHS))(
          'renders at %s width: to its recipient, no slot where its topics are known, nothing sticking out',
          (label, width) => {
            const shot = shotOf(name, label);
            expect(shot.requests).toEqual([]);
            expect(shot.text).toMatch(/Reply to this mail with a command/);
            const toLine = /^To\t(.*)$/m.exec(shot.text)?.[1];
            expect(toLine).toContain(recipient?.name ?? '(add the recipient)');
            if (recipient?.email) expect(toLine).toContain(recipient.email);
            // A thank-you mentions only what its interviewer took part in; s01's hiring manager
            // and closing conversations name no topic, so Sofia's and Marcus's keep the slot.
            const topics = (interview.topics ?? []).filter(
              ({ by }) =>
                kind !== 'thank-you' || by.length === 0 || by.includes(recipient?.name ?? ''),
            );
            if (topics.length > 0) expect(shot.text).not.toContain('[mention');
            else if (kind === 'thank-you')
              expect(shot.text).toMatch(/✗ Fill in or delete \[mention something you discussed\]/);
            expect(shot.text).toContain(interview.company ?? '');
            expectLaidOut(shot, width);
          },
        );
      },
    );
  });

  it('shows hostile values as text: nothing they name loads or runs', () => {
    for (const label of Object.keys(WIDTHS)) {
      const shot = shots.get(`hostile-${label}`);
      expect(shot?.requests).toEqual([]);
      expect(shot?.pwned).toBeNull();
      expect(shot?.text).toContain('<img src="https://tracker.example/open.gif"');
      expect(shot?.scrollWidth).toBeLessThanOrEqual(WIDTHS[label as keyof typeof WIDTHS]);
      expect(shot?.overflowing).toEqual([]);
    }
    // Only the witness asked the local server for anything besides the pages themselves.
    expect(new Set(server.strayPaths)).toEqual(new Set(['/pixel.gif']));
  });
});
