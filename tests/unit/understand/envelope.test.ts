// The envelope the inbound use-case routes on, and the plain text the readers see.
import { describe, expect, it } from 'vitest';
import { understandMessage } from '../../../functions/core/understand/index.ts';
import { MAX_MESSAGE_ID_CHARS } from '../../../functions/core/understand/mime.ts';
import { htmlToText } from '../../../functions/core/understand/text.ts';
import { evaluateFolder, formatEvaluation, sameValue } from '../../../local/eval.ts';
import { fixturePath, readFixture } from '../../support/fixtures.ts';

describe('envelope', () => {
  it('gives ids without brackets, lower-cased addresses and a UTC date', async () => {
    const { envelope } = await understandMessage(
      await readFixture('mail/confirmation-simple.eml'),
      {
        defaultTimezone: 'UTC',
      },
    );
    expect(envelope).toEqual({
      messageId: 'CAHv2k9QfY3rN8xZ+Lq4mP0tW7sEjD1bG6uA5cR2oT9yK8nV3hX@mail.gmail.com',
      inReplyTo: '5c0ffee12ab34cd56ef78a90@harborviewlabs.example',
      references: ['5c0ffee12ab34cd56ef78a90@harborviewlabs.example'],
      from: { name: 'Alex Rivera', email: 'alex.rivera@example.net' },
      to: ['interviews@followup.example.com'],
      cc: [],
      subject: 'Fwd: Interview confirmation - Frontend Engineer',
      date: '2026-11-30T14:12:44.000Z',
    });
  });

  it('takes a Message-ID longer than a header line may be as none, bracketed or not', async () => {
    const simple = (await readFixture('mail/confirmation-simple.eml')).toString('utf8');
    const long = `${'x'.repeat(MAX_MESSAGE_ID_CHARS)}@bloat.example`;
    const hostile = simple
      .replace(/^Message-ID: .*$/im, `Message-ID: ${long}`)
      .replace(/^In-Reply-To: .*$/im, `In-Reply-To: <${long}>`)
      .replace(/^References: .*$/im, `References: <${long}> <short@harborviewlabs.example>`);
    const { envelope } = await understandMessage(Buffer.from(hostile), { defaultTimezone: 'UTC' });
    expect(envelope).toMatchObject({
      messageId: null,
      inReplyTo: null,
      references: ['short@harborviewlabs.example'],
    });
    const longest = `${'x'.repeat(MAX_MESSAGE_ID_CHARS - '@ok.example'.length)}@ok.example`;
    const kept = simple.replace(/^Message-ID: .*$/im, `Message-ID: <${longest}>`);
    const read = await understandMessage(Buffer.from(kept), { defaultTimezone: 'UTC' });
    expect(read.envelope.messageId).toBe(longest);
  });

  it('keeps the envelope of a reply so the token in the address can be checked', async () => {
    const { envelope, reading } = await understandMessage(
      await readFixture('mail/command-stop-outlook.eml'),
      {
        defaultTimezone: 'UTC',
      },
    );
    expect(envelope.to).toEqual(['interviews+h4rb0r.k2jxo1mq8a@followup.example.com']);
    expect(envelope.inReplyTo).toBe('draft.9a8b7c6d5e4f@followup.example.com');
    expect(reading).toMatchObject({ kind: 'command', command: { verb: 'stop', arg: null } });
  });
});

describe('htmlToText', () => {
  it('drops hidden preheaders, styles and comments, and keeps table cells apart', () => {
    const html = `<html><head><style>td{color:red}</style></head><body>
      <div style="display:none;max-height:0">posted since 5/28 &#8203;&zwnj;</div>
      <!-- Thursday 3pm -->
      <table><tr><td>Date</td><td>Wednesday,&nbsp;June&nbsp;10</td></tr>
      <tr><td>Time</td><td>2:30&nbsp;PM&nbsp;&ndash;&nbsp;3:15&nbsp;PM <span>(CT)</span></td></tr></table>
      <p>Bring&nbsp;ID</p></body></html>`;
    expect(htmlToText(html)).toBe(
      'Date\tWednesday, June 10\nTime\t2:30 PM – 3:15 PM (CT)\n\nBring ID',
    );
  });

  it('keeps a row on one line when each cell holds one paragraph, as Word writes tables', () => {
    const html = `<table>
      <tr><td><p class="MsoNormal"><b>Reporting Time</b></p></td><td><p>9:15 AM</p></td></tr>
      <tr><td><p><b>Interview</b></p></td><td><div>10:00 AM</div></td></tr></table>`;
    expect(htmlToText(html)).toBe('Reporting Time\t9:15 AM\nInterview\t10:00 AM');
  });

  it('keeps the lines of a cell that holds several paragraphs (a layout table)', () => {
    const html = '<table><tr><td><p>Dear Sam,</p><p>Thursday at 3pm.</p></td></tr></table>';
    expect(htmlToText(html)).toBe('Dear Sam,\n\nThursday at 3pm.');
  });
});

describe('sameValue', () => {
  it("takes a verb as the README writes it for the reader's own name of it", () => {
    expect(sameValue('command.verb', 'heard back', 'heard-back')).toBe(true);
    expect(sameValue('command.verb', 'heard back', 'stop')).toBe(false);
    expect(sameValue('command.arg', 'heard back', 'heard-back')).toBe(false);
  });

  it("takes a snooze's length as written for the reader's same length in days", () => {
    expect(sameValue('command.arg', '1 week', '7 days')).toBe(true);
    expect(sameValue('command.arg', 'A fortnight', '14 days')).toBe(true);
    expect(sameValue('command.arg', '1 week', '5 days')).toBe(false);
    // "3d" is the footer's way of writing it, either side.
    expect(sameValue('command.arg', '3d', '3 days')).toBe(true);
    expect(sameValue('command.arg', '3 days', '3d')).toBe(true);
    expect(sameValue('command.arg', '3d', '4 days')).toBe(false);
    // Only a length: any other argument is compared as written.
    expect(sameValue('command.arg', 'Acme Corp', 'acme corp')).toBe(false);
  });
});

describe('evaluateFolder', () => {
  it('prints per-field, per-source and calibration tables over .eml + .json pairs', async () => {
    const result = await evaluateFolder(fixturePath('mail'));
    const report = formatEvaluation(result);
    expect(report).toMatch(/^field\s+correct\s+acc/);
    expect(report).toMatch(/interview\.start\s+\d+\/\d+/);
    expect(report).toMatch(/^stated, by confidence\s+correct/m);
    expect(report).toMatch(/^wrong start times stated: 0$/m);
    expect(result.fields.kind?.total).toBeGreaterThanOrEqual(30);
    expect(Object.values(result.bands).reduce((n, band) => n + band.total, 0)).toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
  });
});
