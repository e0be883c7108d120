// An ATS or scheduler writes for the employer: its display name and its addresses say whom for,
// never the vendor's own name, subdomains or the bot's mailbox.
import { describe, expect, it } from 'vitest';
import {
  employerInDisplayName,
  employerMailbox,
  isToolSender,
  isVendorDomain,
  isVendorName,
  toolsNamedIn,
} from '../../../functions/core/understand/vendors.ts';

describe('employerMailbox', () => {
  it.each([
    ['olivia@wasatchfreight.paradox-mail.example', 'wasatchfreight'],
    ['x@acme.wd5.myworkdayjobs.com', 'acme'],
    ['fernbridge@talent.icims-mail.example', 'fernbridge'],
    ['driftwoodmutual@myworkday-mail.example', 'driftwoodmutual'],
    ['no-reply@hire.lever.co', null],
    ['ab@eu1.smartrecruiters.com', null],
    ['dana@acme.example', null],
    ['SFCareers@successfactors.example', null],
    ['seripalma-careers@successfactors.example', 'seripalma'],
    ['careers@successfactors.example', null],
    ['talentacquisition@greenhouse-mail.example', null],
    ['hrteam@myworkday.example', null],
    // The vendor's subdomain for candidates' mail, and the number it tells employers apart by.
    ['harbour-foods-7c1e@candidates.workablemail.example', 'harbour-foods'],
    ['applicants@applicants.jazzhr.example', null],
    // The vendor's own mail service is nobody's employer, and a person's mailbox names none.
    ['maija.virtanen@inbound.teamtailor-mail.example', null],
    ['notify@outbound.greenhouse-mail.example', null],
    // A number that is the employer's own name stays.
    ['forever-21@hire.lever-mail.example', 'forever-21'],
    // The trackers of public bodies and employers outside the US: the employer is its subdomain.
    ['donotreply@eastwold.talentlink.example', 'eastwold'],
    ['no-reply@brightvale.pageuppeople.example', 'brightvale'],
    // A service's no-reply mailbox, its kind of message first, names nobody.
    ['messages-noreply@linkedin.example', null],
    ['jobs-donotreply@indeed.example', null],
  ])('%s -> %s', (address, employer) => {
    expect(employerMailbox(address)).toBe(employer);
  });
});

describe('employerInDisplayName', () => {
  it.each([
    ['Olivia from Wasatch Freightways', 'Wasatch Freightways'],
    ['Aventine Systems via Greenhouse', 'Aventine Systems'],
    // A professional network relays its members' messages: "via LinkedIn" names a person.
    ['Priya Shah via LinkedIn', null],
    ['Glasswing Security Recruiting', 'Glasswing Security'],
    ['Dana from HR', null],
    ['Ivy Lindahl', null],
    // A scheduling tool writes as the coordinator, for the employer in brackets; never their
    // pronouns, title or the mail system's note.
    ['Kendra Lassiter (Piedmont Bioprocess)', 'Piedmont Bioprocess'],
    ['Kendra Lassiter (she/her)', null],
    ['Kendra Lassiter (Recruiting Coordinator)', null],
    ['Kendra Lassiter (External)', null],
    ['Kendra Lassiter (Greenhouse)', null],
  ])('%s -> %s', (name, employer) => {
    expect(employerInDisplayName(name)).toBe(employer);
  });

  it('reads the employer after a bar only from a tracker, as trackers in Europe write it', () => {
    expect(employerInDisplayName('Marta Zielińska | Spedio', true)).toBe('Spedio');
    expect(employerInDisplayName('Marta Zielińska | IT Recruiter', true)).toBeNull();
    // A person's own mailbox puts a team or a town there.
    expect(employerInDisplayName('Karen Moss | Engineering')).toBeNull();
    expect(employerInDisplayName('Karen Moss | London')).toBeNull();
  });
});

describe('a tool named by its own footer', () => {
  const tools = toolsNamedIn(
    'Prairie Ledger - 80 Main St\nBooked with TidyCal\nSent via Breezy HR\nThis email was sent by Northwind Health\nDenne e-posten er sendt fra Webcruiter på vegne av Fjordvik AS.\nSendt fra min iPhone\nThis mail has been sent to you via Hirewell RMS on behalf of Dockside Ltd.\nYou are receiving this email because you applied for a job on JOBVANA.\nMessage sent from TRAFFIT system. Please use "Reply".\nSent from my Hiring Desk app',
  );
  it.each([
    [{ name: 'TidyCal', email: 'bookings@tidycal.example' }, true],
    [{ name: 'Bookings', email: 'bookings@tidycal.example' }, true],
    [{ name: 'Breezy HR', email: 'reply@messaging.breezy.example' }, true],
    // A footer in another language names its tool too.
    [{ name: 'Fjordvik', email: 'noreply@webcruiter.example' }, true],
    [{ name: 'Dockside', email: 'rms-noreply@hirewell.example' }, true],
    [{ name: 'JOBVANA', email: 'no-reply@notifications.jobvana.example' }, true],
    // "Message sent from X system": the system is a tool (never "Sent from my …" app).
    [{ name: 'Marta Zielińska | Spedio', email: 'no-reply@traffit.example' }, true],
    [{ name: 'Hiring Desk', email: 'desk@hiringdesk.example' }, false],
    // An employer's own "sent by" footer makes it no tool.
    [{ name: 'Northwind Health', email: 'dana@northwindhealth.example' }, false],
    // Its footers name no one else.
    [{ name: 'Dana Whitcombe', email: 'dana@prairieledger.example' }, false],
  ])('%j is a tool: %s', (sender, tool) => {
    expect(isToolSender(sender, tools)).toBe(tool);
  });
});

describe('trackers outside the US', () => {
  it('are vendors, so a council writing through one is the employer', () => {
    for (const domain of [
      'eastwold.talentlink.example',
      'careers.pageuppeople.example',
      'mail.jobtrain.example',
      'nhs.tribepad.example',
      'apply.oleeo.example',
      // A public-service portal that runs competitions for many bodies.
      'publicjobs.example',
      // The trackers NHS bodies and school districts use.
      'apps.trac-jobs.example',
      'mail.schoolspring.example',
      'district.applitrack.example',
    ])
      expect(isVendorDomain(domain)).toBe(true);
    expect(isVendorDomain('eastwold.gov.example')).toBe(false);
    // A national service's job board by its name; its bodies' own domains stay theirs.
    expect(isVendorName('NHS Jobs')).toBe(true);
    expect(isVendorName('Civil Service Jobs')).toBe(true);
    expect(isVendorDomain('leedsth.nhs.example')).toBe(false);
    expect(isVendorName('Leeds Teaching Hospitals NHS Trust')).toBe(false);
  });
});
