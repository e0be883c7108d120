// Reader -> plain text: hard-wrapped paragraph lines are joined, a details block's lines are not;
// a Windows-1252 mail's punctuation survives decoding.
import { describe, expect, it } from 'vitest';
import { parseMail } from '../../../functions/core/understand/mime.ts';
import { unwrapLines, withWindows1252Repaired } from '../../../functions/core/understand/text.ts';

const LONG_LINE = 'Senior Product Manager, Marketplace — Interview with Ferdinand Osei';

describe('unwrapLines', () => {
  it.each([
    'Tuesday, December 7, 2027',
    'Thursday, 21 October 2027 at 10:30 AM EDT',
    'Sept 3',
    '1:00 – 1:45 PM MT (Mountain Time)',
  ])('keeps a line that is only a date or a time on its own: %s', (next) => {
    expect(unwrapLines(`${LONG_LINE}\n${next}`)).toBe(`${LONG_LINE}\n${next}`);
  });

  it.each(['May 5 works for us if you can come in', 'Tuesday and I will send the link.'])(
    'joins a wrapped sentence that only begins with a date: %s',
    (next) => {
      expect(unwrapLines(`${LONG_LINE}\n${next}`)).toBe(`${LONG_LINE} ${next}`);
    },
  );

  it("keeps a line indented under its label's value: a list's next entry", () => {
    const text =
      'Panel: Eng. Faisal Al-Harbi, Structural Department Manager\n          Eng. Omar Siddiqui, Senior Structural Engineer';
    expect(unwrapLines(text)).toBe(text);
  });

  it("joins a bullet's hanging indent: no label's value lines up there", () => {
    const text =
      '- Your interview will be with our Senior Hiring Manager Dana\n  Whitfield on Tuesday at 10am.';
    expect(unwrapLines(text)).toBe(text.replace('\n', ' '));
  });

  it('keeps every index where it was, one character for one', () => {
    const text = `${LONG_LINE}\nposition on Wednesday\nTuesday, December 7, 2027`;
    expect(unwrapLines(text)).toHaveLength(text.length);
  });
});

describe('unwrapLines: a table laid out with pipes', () => {
  it('keeps each row on its own line, however long', () => {
    const rows = [
      '1   | Mr. Tan Boon Huat    | Senior Manager, Test Engineering and Reliability',
      '2   | Ms. Kavitha Raman    | Principal Engineer, Product Test',
    ].join('\n');
    expect(unwrapLines(rows)).toBe(rows);
  });
});

describe('unwrapLines: a table laid out with spaces, as Outlook writes its plain text', () => {
  it('keeps each row on its own line', () => {
    const rows = [
      'Convenor        Dr Felicity Marsh       Director Clinical Governance',
      'Panel member    Aaron Tuivaga   Manager Patient Safety & Quality',
    ].join('\n');
    expect(unwrapLines(rows)).toBe(rows);
  });

  it('still joins prose typed with two spaces after commas', () => {
    const prose =
      'We were impressed,  and we would like,  if you can,  to invite you to interview on\nMonday,  March 8.';
    expect(unwrapLines(prose)).toBe(prose.replace('\n', ' '));
  });

  it('still joins prose typed with two spaces after each stop', () => {
    const prose =
      'Thank you for applying.  We would like to invite you to an interview on\nMonday.  Please bring your ID.  Parking is free.';
    expect(unwrapLines(prose)).toBe(prose.replace('\n', ' '));
  });
});

describe('unwrapLines: a list of people under a label', () => {
  it('keeps a person whose title follows a dash on a line of their own', () => {
    const list =
      'Interviewers:  Dr. Kelsey Dumont – Director, Computational Biology\nArjun Mehra – Senior Bioinformatician\nAssociate Professor Sanjit Pillay - Discipline Leader, Structural Engineering\nDr Kirra Walsh - Senior Lecturer';
    expect(unwrapLines(list)).toBe(list);
  });
});

describe('unwrapLines: a sentence wrapped before a dash', () => {
  it('is joined, though its next line starts like a person and a title', () => {
    const wrapped =
      'We would like to invite you to interview for the role of Senior\nData Scientist – Payments on Tuesday.';
    expect(unwrapLines(wrapped)).toBe(wrapped.replace('\n', ' '));
  });
});

describe('Windows-1252 mail', () => {
  /** An Outlook-style plain part in Windows-1252, quoted-printable, under `label`. */
  const outlookMail = (label: string, body: string) =>
    [
      'From: Maeve Doyle <maeve@quayside.example>',
      'To: Alex Rivera <alex.rivera@example.net>',
      'Subject: =?Windows-1252?Q?Interview_=96_Thursday?=',
      'Date: Mon, 3 May 2027 09:00:00 +0100',
      'MIME-Version: 1.0',
      `Content-Type: text/plain; charset="${label}"`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      body,
      '',
    ].join('\r\n');

  it.each(['Windows-1252', 'iso-8859-1'])(
    'reads its curly quotes, dashes and euro sign as they were written (%s)',
    async (label) => {
      const mail = await parseMail(
        outlookMail(label, 'I=92ve sent the invite =96 it=92s =93on us=94, =8050 for travel=85'),
      );
      expect(mail.text.trim()).toBe('I’ve sent the invite – it’s “on us”, €50 for travel…');
      expect(mail.subject).toBe('Interview – Thursday');
    },
  );

  it('drops the bytes Windows-1252 leaves undefined, and keeps Latin-1 letters', () => {
    expect(withWindows1252Repaired('Siobh\u00e1n\u0081 \u009dK\u00f6nig')).toBe('Siobhán König');
  });
});

describe('Windows-1252 names', () => {
  it("reads a name's apostrophe in an encoded From header", async () => {
    const mail = await parseMail(
      [
        'From: =?Windows-1252?Q?Dara_O=92Brien?= <dara@quayside.example>',
        'To: Alex Rivera <alex.rivera@example.net>',
        'Subject: Interview',
        '',
        'Hello',
        '',
      ].join('\r\n'),
    );
    expect(mail.from?.name).toBe('Dara O’Brien');
  });
});

describe('format=flowed quotes', () => {
  it("rejoin a quoted paragraph without its continuation lines' quote marks", async () => {
    const mail = await parseMail(
      [
        'From: Alex Rivera <alex.rivera@example.net>',
        'To: Dana Lee <dana@acme.example>',
        'Subject: Re: Interview',
        'Content-Type: text/plain; charset=UTF-8; format=flowed',
        '',
        'Thursday works, thanks.',
        '',
        'On 19/04/2027 10:05, Dana Lee wrote:',
        '> Would Thursday 6 May at 11am suit you? The interview will last ',
        '> around 45 minutes: intro -> case -> questions.',
        '>> An older line that wraps ',
        '>> here.',
        '',
      ].join('\r\n'),
    );
    expect(mail.text).toContain(
      '> Would Thursday 6 May at 11am suit you? The interview will last around 45 minutes',
    );
    expect(mail.text).toContain('>> An older line that wraps here.');
  });

  it("leave a mail that is not flowed as written, its quoted ' > ' too", async () => {
    const mail = await parseMail(
      [
        'From: Alex Rivera <alex.rivera@example.net>',
        'To: Dana Lee <dana@acme.example>',
        'Subject: Re: Interview',
        'Content-Type: text/plain; charset=UTF-8',
        '',
        'Thanks.',
        '',
        '> Requirements: > 5 years of experience',
        '',
      ].join('\r\n'),
    );
    expect(mail.text).toContain('> Requirements: > 5 years of experience');
  });
});
