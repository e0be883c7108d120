// What the HTML strikes through is no longer true, and a plain-text part that shows it as if it
// stood loses it, only as a whole line; a name above an address alone on the next line pairs with
// it, unless it is a sign-off or a team. Real MIME through parseMail.
import { describe, expect, it } from 'vitest';
import { addressesInText } from '../../../functions/core/understand/forward.ts';
import { parseMail } from '../../../functions/core/understand/mime.ts';

function alternative(text: string, html: string): Uint8Array {
  return new TextEncoder().encode(
    [
      'From: Alex Rivera <alex.rivera@example.net>',
      'To: interviews@followup.example.com',
      'Subject: Fwd: moved',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      html,
      '--b--',
      '',
    ].join('\r\n'),
  );
}

describe('struck through', () => {
  it('drops the whole line the HTML struck, and nothing inside another line', async () => {
    const mail = await parseMail(
      alternative(
        'When\r\nPrevious time\r\nWednesday, October 6 1:00pm\r\nFriday, October 8 11:00am\r\nTime: 2:00 PM 12:00 PM ET',
        '<div>When</div><div>Previous time<br><span style="text-decoration: line-through">Wednesday, October 6 1:00pm</span><br>Friday, October 8 11:00am</div><p>Time: <s>2:00 PM</s> 12:00 PM ET</p>',
      ),
    );
    expect(mail.text).not.toContain('Wednesday, October 6 1:00pm');
    expect(mail.text).toContain('Friday, October 8 11:00am');
    expect(mail.text).toContain('Time: 2:00 PM 12:00 PM ET');
    expect(mail.htmlText).not.toContain('Wednesday');
  });

  it('knows a struck line whose dash the plain part writes as a hyphen', async () => {
    const mail = await parseMail(
      alternative(
        'New time\r\n3:00 PM - 3:30 PM CDT\r\nPrevious time\r\n10:00 AM - 10:30 AM CDT',
        '<div>New time</div><div>3:00 PM &ndash; 3:30 PM CDT</div><div>Previous time</div><div style="text-decoration:line-through">10:00 AM &ndash; 10:30 AM CDT</div>',
      ),
    );
    expect(mail.text).toContain('3:00 PM - 3:30 PM CDT');
    expect(mail.text).not.toContain('10:00 AM');
  });
});

describe('a name above its address', () => {
  it('pairs a person, not a sign-off or a team', () => {
    expect(
      addressesInText(
        'Callum Reyes - Organizer\ncallum@tallgrass.example\n\nKind Regards\njane@acme.example\nTalent Team\njobs@acme.example',
      ),
    ).toEqual([
      { name: 'Callum Reyes', email: 'callum@tallgrass.example' },
      { name: null, email: 'jane@acme.example' },
      { name: null, email: 'jobs@acme.example' },
    ]);
  });
});
