// The original inside a forward (Reading.original): who wrote it, its subject and thread ids,
// whichever client forwarded it, inline or attached; and a fingerprint that knows it again.
import { describe, expect, it } from 'vitest';
import { unwrapForwards } from '../../../functions/core/understand/forward.ts';
import { understandMessage } from '../../../functions/core/understand/index.ts';
import { readFixture } from '../../support/fixtures.ts';

const options = { defaultTimezone: 'America/New_York' };

async function originalOf(raw: Uint8Array | string) {
  return (await understandMessage(raw, options)).reading.original;
}

const fixture = async (name: string) => (await readFixture(name)).toString('utf8');

/** `raw` attached as message/rfc822 to a new forward from the user, as Outlook does. */
function attachedTo(raw: string, messageId: string): string {
  return [
    'From: Alex Rivera <alex.rivera@example.net>',
    'To: interviews@followup.example.com',
    'Subject: FW: see attached',
    'Date: Thu, 17 Dec 2026 09:00:00 -0500',
    `Message-ID: <${messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="outer-boundary"',
    '',
    '--outer-boundary',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    'FYI',
    '',
    '--outer-boundary',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="forwarded.eml"',
    '',
    raw.replace(/\r?\n/g, '\r\n'),
    '--outer-boundary--',
    '',
  ].join('\r\n');
}

describe('Reading.original', () => {
  it.each([
    [
      'Gmail inline forward',
      'mail/confirmation-simple.eml',
      'Jamie Chen',
      'jamie.chen@harborviewlabs.example',
      'Interview confirmation - Frontend Engineer',
    ],
    [
      'Outlook desktop From/Sent block',
      'mail/outlook-desktop-bst.eml',
      'Harriet Doyle',
      'harriet.doyle@thistlecrane.example',
      'Interview invitation - Product Designer',
    ],
    [
      'Outlook -----Original Message-----',
      'mail/outlook-original-message-gmt.eml',
      'Sophie Marsh',
      'sophie.marsh@ravensworth.example',
      'Phone interview - Operations Analyst',
    ],
    [
      'Apple Mail "Begin forwarded message:"',
      'mail/apple-mail-us-dst.eml',
      'Nadia Brooks',
      'nadia.brooks@cobaltridge.example',
      'On-site interview - Site Reliability Engineer',
    ],
    [
      'Gmail forward of an Outlook forward: the innermost',
      'mail/forward-of-forward.eml',
      'Carmen Ortiz',
      'carmen.ortiz@basaltworks.example',
      'Interview - Data Engineer - Alex Rivera',
    ],
  ])(
    '%s: the employer, its subject, and no thread ids (an inline forward shows none)',
    async (_, name, sender, email, subject) => {
      const original = await originalOf(await readFixture(name));
      expect(original).toMatchObject({ from: { name: sender, email }, subject, messageIds: [] });
      expect(original?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    },
  );

  it('an attached message/rfc822: its own sender, subject without Re:, and Message-ID', async () => {
    const original = await originalOf(await readFixture('mail/attached-rfc822-relative.eml'));
    expect(original).toMatchObject({
      from: { name: 'Marcus Bell', email: 'marcus.bell@tidewell.example' },
      subject: 'Energy Analyst - quick call',
      messageIds: ['a1b2c3d4e5f6@tidewell.example'],
    });
  });

  it('an attached employer reply carries its In-Reply-To and References: the thread it answers', async () => {
    const { reading, envelope } = await understandMessage(
      await readFixture('replies/offer-harborview-attached.eml'),
      options,
    );
    expect(reading.kind).toBe('employer-reply');
    expect(reading.original).toMatchObject({
      from: { name: 'Jamie Chen', email: 'jamie.chen@hv-talent.example' },
      subject: 'Offer - Frontend Engineer',
      messageIds: [
        'offer-5a6b7c8d9e@hv-talent.example',
        '5c0ffee12ab34cd56ef78a90@harborviewlabs.example',
      ],
    });
    // The forward's own ids stay in the envelope, not in the original.
    expect(reading.original?.messageIds).not.toContain(envelope.messageId);
  });

  it.each([
    ['under a header block', []],
    ["under Outlook's rule", ['-----Original Message-----']],
  ])("an attached reply that quotes the user's own message %s is the reply", async (_, rule) => {
    const reply = [
      'From: Aisha Rahman <aisha@greenleaf.example>',
      'To: Alex Rivera <alex.rivera@example.net>',
      'Subject: RE: Following up - Buyer',
      'Date: Wed, 16 Dec 2026 10:00:00 -0500',
      'Message-ID: <re-follow-up@greenleaf.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Alex,',
      '',
      'Thanks for checking in. We are still seeing two more candidates, so I expect to update you by Friday 8 January either way.',
      '',
      'Aisha',
      '',
      ...rule,
      'From: Alex Rivera <alex.rivera@example.net>',
      'Sent: Tuesday, December 15, 2026 9:30 AM',
      'To: Aisha Rahman <aisha@greenleaf.example>',
      'Subject: Following up - Buyer',
      '',
      'Hi Aisha, I wanted to follow up on my interview for the Buyer role on Thursday 10 December.',
    ].join('\n');
    const { reading } = await understandMessage(
      attachedTo(reply, 'fw-reply@outlook.example'),
      options,
    );
    expect(reading.kind).toBe('employer-reply');
    expect(reading.reply?.class).toBe('neutral');
    expect(reading.original?.from?.email).toBe('aisha@greenleaf.example');
  });

  it.each([
    ['a bare header block', ['From: Nora Pike <nora.pike@harbourside.example>']],
    ["Outlook's Original Message rule", ['-----Original Message-----', 'From: Nora Pike']],
  ])(
    'a forwarded message of its own (not a forward) quotes its thread under %s',
    async (_, quoteHead) => {
      const forward = (subject: string) =>
        [
          'From: Alex Rivera <alex.rivera@example.net>',
          'To: interviews@followup.example.com',
          'Subject: FW: Interview',
          'Date: Thu, 17 Dec 2026 09:00:00 -0500',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Snow day, they will rebook.',
          '________________________________',
          'From: Nora Pike <nora.pike@harbourside.example>',
          'Sent: Thursday, December 17, 2026 8:10 AM',
          'To: Alex Rivera <alex.rivera@example.net>',
          `Subject: ${subject}`,
          '',
          'Dear Alex,',
          '',
          'With the storm closing the office, we have had to cancel your first-round interview on Monday 21 December. We will be in touch with new dates.',
          '',
          'Nora',
          '',
          ...quoteHead,
          'Sent: Monday, December 14, 2026 3:00 PM',
          'To: Alex Rivera <alex.rivera@example.net>',
          'Subject: Invitation to interview - Buyer',
          '',
          'Dear Alex, I am pleased to invite you to interview for the Buyer role on Monday 21 December at 2:00 PM at our office.',
        ].join('\n');
      const { reading } = await understandMessage(
        forward('Your interview on Monday - Buyer'),
        options,
      );
      expect(reading.kind).toBe('cancellation');
      expect(reading.original?.subject).toBe('Your interview on Monday - Buyer');
      expect(reading.interview?.start).toBe('2026-12-21T14:00:00-05:00');
      // A forward's subject says its writer forwarded the message below: that one is the news.
      const forwarded = await understandMessage(
        forward('FW: Invitation to interview - Buyer'),
        options,
      );
      expect(forwarded.reading.original?.subject).toBe('Invitation to interview - Buyer');
    },
  );

  it('an attachment inside an attachment: the innermost message', async () => {
    const inner = await fixture('replies/offer-harborview-attached.eml');
    const original = await originalOf(attachedTo(inner, 'fw-of-fw@outlook.example'));
    expect(original?.from?.email).toBe('jamie.chen@hv-talent.example');
    expect(original?.messageIds[0]).toBe('offer-5a6b7c8d9e@hv-talent.example');
  });

  it('mail that was not forwarded (a filter sent it on as it was) is its own original', async () => {
    const original = await originalOf(await readFixture('mail/greenhouse-html-only.eml'));
    expect(original).toMatchObject({
      from: { email: 'no-reply@us.greenhouse-mail.example' },
      subject: 'Interview Confirmation: Senior Backend Engineer at Northwind Systems',
      messageIds: [
        '0100018f2a3b4c5d-6e7f8a9b-0c1d-2e3f-4a5b-6c7d8e9f0a1b-000000@email.greenhouse-mail.example',
      ],
    });
  });

  it('a command has none: it is the user speaking', async () => {
    const { reading } = await understandMessage(
      await readFixture('mail/command-stop-outlook.eml'),
      options,
    );
    expect(reading.kind).toBe('command');
    expect(reading.original).toBeUndefined();
  });
});

describe('Reading.original.fingerprint', () => {
  it('is the same for one original forwarded twice, with another note, date and Message-ID', async () => {
    const raw = await fixture('replies/rejection-harborview.eml');
    const again = raw
      .replace(/^Message-ID: <[^>]+>/m, 'Message-ID: <second-forward@mail.gmail.example>')
      .replace(/^Date: .*$/m, 'Date: Fri, 18 Dec 2026 08:00:00 -0500')
      .replaceAll('Oh well.', 'Sending this one again, sorry.');
    expect(again).not.toBe(raw);
    const first = await originalOf(raw);
    const second = await originalOf(again);
    expect(second?.fingerprint).toBe(first?.fingerprint);
  });

  it('differs for another original from the same sender with the same subject', async () => {
    const raw = await fixture('replies/rejection-harborview.eml');
    const other = raw.replaceAll('We were impressed by your background', 'We enjoyed meeting you');
    expect(other).not.toBe(raw);
    const first = await originalOf(raw);
    const second = await originalOf(other);
    expect(first?.from).toEqual(second?.from);
    expect(second?.fingerprint).not.toBe(first?.fingerprint);
  });

  it('of an attached original is its Message-ID: the same whoever wraps it', async () => {
    const inner = await fixture('replies/offer-harborview-attached.eml');
    const direct = await originalOf(inner);
    const wrapped = await originalOf(attachedTo(inner, 'another-wrapper@outlook.example'));
    expect(wrapped?.fingerprint).toBe(direct?.fingerprint);
  });
});

describe('Reading.original.from', () => {
  const forward = (from: string) =>
    [
      'From: Alex Rivera <alex.rivera@example.net>',
      'To: interviews@followup.example.com',
      'Subject: Fwd: Quick call',
      'Date: Mon, 12 Apr 2027 19:20:00 -0400',
      '',
      '---------- Forwarded message ---------',
      `From: ${from}`,
      'Date: Mon, Apr 12, 2027 at 5:02 PM',
      'Subject: Quick call',
      'To: <alex.rivera@example.net>',
      '',
      'Hi Alex, I will call you on Friday.',
    ].join('\r\n');

  it.each([
    ['"Lindqvist, Maren" <mlindqvist@coastline.example>', 'Maren Lindqvist'],
    ['"Lindqvist-Berg, Maren A." <mlindqvist@coastline.example>', 'Maren A. Lindqvist-Berg'],
    ['"Lee, PhD" <mlindqvist@coastline.example>', 'Lee, PhD'],
    ['Maren Lindqvist <mlindqvist@coastline.example>', 'Maren Lindqvist'],
  ])('names %s as %s: a directory writes the surname first', async (from, name) => {
    const original = await originalOf(forward(from));
    expect(original?.from).toEqual({ name, email: 'mlindqvist@coastline.example' });
  });
});

describe('unwrapForwards: a forwarded header block, as each mail client writes it', () => {
  it.each([
    ['Reply-To', 'Thunderbird'],
    ['Répondre à', 'Apple Mail in French'],
    ['Antwort an', 'Outlook in German'],
  ])('keeps %s (%s): where the person behind a tool reads replies', (key) => {
    const text = [
      'see below',
      '',
      '-------- Forwarded Message --------',
      'Subject: Interview',
      'Date: Thu, 14 Oct 2027 04:47:31 +0000',
      'From: Doodle <mailer@doodle.example>',
      `${key}: Élodie Fabre <elodie.fabre@valmorel.example>`,
      'To: hannah.whitfield@example.com',
      '',
      'Élodie Fabre has chosen the final option.',
    ].join('\n');
    const [level] = unwrapForwards(text, 'hannah.whitfield@example.com').levels;
    expect(level?.replyTo).toEqual([
      { name: 'Élodie Fabre', email: 'elodie.fabre@valmorel.example' },
    ]);
  });

  it("reads Yahoo's iPhone forward, whose header is the line that says who wrote", () => {
    const text = [
      'They moved it to Friday',
      '',
      'Begin forwarded message:',
      '',
      'On Monday, October 18, 2027, 9:41 AM, Dana Whitlock <dwhitlock@portagecreek.example> wrote:',
      '',
      'Hi Priya,',
      'Your new time is Friday, October 22 at 11:00 AM.',
    ].join('\n');
    const unwrapped = unwrapForwards(text, 'priya.n@example.org');
    expect(unwrapped.levels[0]?.from).toEqual({
      name: 'Dana Whitlock',
      email: 'dwhitlock@portagecreek.example',
    });
    expect(unwrapped.levels[0]?.dateText).toBe('Monday, October 18, 2027, 9:41 AM');
    expect(unwrapped.body).toBe('Hi Priya,\nYour new time is Friday, October 22 at 11:00 AM.');
  });

  it("reads a bare address whole, after a tab or a list's comma", () => {
    const text = [
      'see below',
      '',
      '-------- Forwarded Message --------',
      'Subject: \tInterview',
      'From: \tAnahera Walker <no-reply@hire.lever-mail.example>',
      'Reply-To: \tanahera.walker@fernleaf.example',
      'To: \travi.k@example.org, Dana Lee <dana@example.org>, bob@example.org',
      '',
      'Thanks for booking in!',
    ].join('\n');
    const [level] = unwrapForwards(text, 'priya.n@example.org').levels;
    expect(level?.replyTo).toEqual([{ name: null, email: 'anahera.walker@fernleaf.example' }]);
    expect(
      unwrapForwards(
        text.replace(
          'Reply-To: \tanahera.walker@fernleaf.example',
          "Reply-To: 'anahera.walker@fernleaf.example'",
        ),
        'priya.n@example.org',
      ).levels[0]?.replyTo,
    ).toEqual([{ name: null, email: 'anahera.walker@fernleaf.example' }]);
    expect(level?.to.map((box) => box.email)).toEqual([
      'ravi.k@example.org',
      'dana@example.org',
      'bob@example.org',
    ]);
  });

  it.each([
    [
      'Italian',
      [
        'Da: Giulia Roversi',
        'Inviato: giovedì 7 ottobre 2027 11:15',
        "A: 'Alex Rivera' <alex.rivera@example.net>",
        'Oggetto: Colloquio',
      ],
    ],
    [
      'Dutch',
      [
        'Van: Sanne de Vries <sanne@gracht.example>',
        'Verzonden: donderdag 7 oktober 2027 11:15',
        'Aan: Alex Rivera <alex.rivera@example.net>',
        'Onderwerp: Gesprek',
      ],
    ],
    [
      'Polish',
      [
        'Od: Anna Nowak <anna@wisla.example>',
        'Wysłano: czwartek, 7 października 2027 11:15',
        'Do: Alex Rivera <alex.rivera@example.net>',
        'Temat: Rozmowa',
      ],
    ],
    [
      'Swedish',
      [
        'Från: Ingrid Berg <ingrid@fjord.example>',
        'Skickat: den 7 oktober 2027 11:15',
        'Till: Alex Rivera <alex.rivera@example.net>',
        'Ämne: Intervju',
      ],
    ],
    [
      'Danish',
      [
        'Fra: Mette Holm <mette@havn.example>',
        'Sendt: 7. oktober 2027 11:15',
        'Til: Alex Rivera <alex.rivera@example.net>',
        'Emne: Samtale',
      ],
    ],
    [
      'Portuguese',
      [
        'De: Joana Silva <joana@tejo.example>',
        'Enviada: quinta-feira, 7 de outubro de 2027 11:15',
        'Para: Alex Rivera <alex.rivera@example.net>',
        'Assunto: Entrevista',
      ],
    ],
    [
      'Finnish',
      [
        'Lähettäjä: Aino Virtanen <aino@oulu.example>',
        'Lähetetty: torstai 7. lokakuuta 2027 11.15',
        'Vastaanottaja: Alex Rivera <alex.rivera@example.net>',
        'Aihe: Haastattelu',
      ],
    ],
  ])("reads Outlook's quote header in %s as the history under a reply", (_language, header) => {
    const text = [
      'see below',
      '',
      '---------- Forwarded message ---------',
      'From: Giulia Roversi <g.roversi@felsina.example>',
      'Date: Tue, Oct 19, 2027 at 5:42 AM',
      'Subject: R: Interview',
      'To: Alex Rivera <alex.rivera@example.net>',
      '',
      'Could we move it to Friday 22 October, same hour?',
      '',
      ...header,
      '',
      'Date: Thursday 21 October 2027, 16:00 Italian time',
    ].join('\n');
    const unwrapped = unwrapForwards(text, 'alex.rivera@example.net');
    expect(unwrapped.body).toBe('Could we move it to Friday 22 October, same hour?');
    expect(unwrapped.history).toContain('Thursday 21 October 2027');
  });

  it("reads Mutt's 'Forwarded message from …' block whole, its Date above its From", () => {
    const text = [
      'Confirmed for the Wednesday slot.',
      '',
      '----- Forwarded message from Ciara Quinn <ciara.quinn@laganmarine.example> -----',
      '',
      'Date: Thu, 9 Sep 2027 11:26:40 +0100',
      'From: Ciara Quinn <ciara.quinn@laganmarine.example>',
      'To: Hannah Whitfield <hannah.whitfield@example.com>',
      'Subject: Re: interview availability',
      '',
      'Lovely, Wednesday it is - 2pm on the 15th.',
      '',
      'On Wed, Sep 08, 2027 at 06:52:03PM +0100, Hannah Whitfield wrote:',
      '> Wednesday at 2pm would suit me best.',
      '',
      '----- End forwarded message -----',
    ].join('\n');
    const unwrapped = unwrapForwards(text, 'hannah.whitfield@example.com');
    expect(unwrapped.levels[0]?.from?.email).toBe('ciara.quinn@laganmarine.example');
    expect(unwrapped.levels[0]?.dateText).toBe('Thu, 9 Sep 2027 11:26:40 +0100');
    expect(unwrapped.body).toBe('Lovely, Wednesday it is - 2pm on the 15th.');
  });
});

describe("a forward of the user's own reply on top of a thread", () => {
  const thread = async (reply: string) =>
    (await fixture('mail/own-reply-atop-thread.eml')).replace(
      'Great, 3pm Friday works. See you then!',
      reply,
    );

  it('that agrees is read as the employer message it answers', async () => {
    const { reading } = await understandMessage(await thread('Great, 3pm Friday works.'), options);
    expect(reading.interview?.start).toBe('2027-04-16T15:00:00-04:00');
  });

  it('that turns the time down is read as it stands, never as the slot it declines', async () => {
    const declines = 'Sorry, Friday no longer works for me. Could we do Monday at 10am instead?';
    const { reading } = await understandMessage(await thread(declines), options);
    expect(reading.interview?.start ?? null).not.toBe('2027-04-16T15:00:00-04:00');
  });

  it("takes no employer from the candidate's own signature quoted in the thread", async () => {
    const raw = (await thread('Great, 3pm Friday works.'))
      .replace('> Practice Manager | Brightmoor Dental Group', '> Practice Manager')
      .replace(
        '>> desk coordinator role?',
        '>> desk coordinator role?\r\n>>\r\n>> On Mon, Apr 12, 2027 at 8:00 AM Alex Rivera <alex.rivera@example.net> wrote:\r\n>>> Hello Carla, I applied last week.\r\n>>> Alex Rivera\r\n>>> Senior Analyst\r\n>>> Contoso Ltd',
      );
    const { reading } = await understandMessage(raw, options);
    expect(reading.interview?.company).not.toBe('Contoso');
  });
});
