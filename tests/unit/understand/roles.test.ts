// The role applied for, read from the sentence that names it: a title with its team after a comma
// or a dash, a note on the title in brackets, a title and its field, with "of" or without it;
// never a requisition number, a place, or where the work is done.
import { describe, expect, it } from 'vitest';
import { findFormat, findRole } from '../../../functions/core/understand/details.ts';

const roleIn = (sentence: string, subject = '') =>
  findRole(sentence, subject ? [subject] : [], 'Example Co', []).role;

describe('findRole', () => {
  it('reads the title after the meeting a subject names first', () => {
    expect(roleIn('Thanks!', 'Acme - Technical Round 2 for Senior Backend Engineer')).toBe(
      'Senior Backend Engineer',
    );
    expect(roleIn('Thanks!', 'Final interview for the Head of Finance')).toBe('Head of Finance');
  });

  it("leaves out the employer a subject names after the title, after a comma or 'at'", () => {
    for (const subject of [
      'Interview - Payroll Officer, Example Co',
      'Interview - Payroll Officer at Example Co',
    ])
      expect(roleIn('Thanks!', subject), subject).toBe('Payroll Officer');
    // A team after the comma stays.
    expect(roleIn('Thanks!', 'Interview - Payroll Officer, Shared Services')).toBe(
      'Payroll Officer, Shared Services',
    );
  });

  it("keeps a team after the title's comma in 'your interview for …', up to the employer", () => {
    for (const sentence of [
      'Your interview for Senior Buyer, Home Furnishings at Example Co is confirmed.',
      'Your interview for Senior Buyer, Home Furnishings has been booked.',
      'Your interview for Senior Buyer, Home Furnishings (REQ-2291) has been scheduled.',
    ])
      expect(roleIn(sentence), sentence).toBe('Senior Buyer, Home Furnishings');
    // A day after the comma is the interview's, no team.
    expect(roleIn('Your interview for Senior Buyer, Tuesday at 2pm, is confirmed.')).toBe(
      'Senior Buyer',
    );
  });

  it.each([
    // A title in capitals throughout is written as a title, its initials and numerals kept.
    ['Position: SENIOR DATA SCIENTIST, FRAUD ANALYTICS', 'Senior Data Scientist, Fraud Analytics'],
    ['Position: HEAD OF IT OPERATIONS', 'Head of IT Operations'],
    ['Position: HSE ADVISOR III', 'HSE Advisor III'],
    ['Position: KYC ANALYST II', 'KYC Analyst II'],
    ['Position: OIL AND GAS ENGINEER', 'Oil and Gas Engineer'],
    ['Position: NURSE UNIT MANAGER - ICU', 'Nurse Unit Manager - ICU'],
    // A list in the bracket says more than where the job is done: it stays.
    ['Position: Registered Nurse (ICU, nights, onsite)', 'Registered Nurse (ICU, nights, onsite)'],
    // A bracket that says where and how the job is done is no part of its name.
    ['Position: Lead Data Engineer (Sydney onsite)', 'Lead Data Engineer'],
    // A bracket of only where or on what terms: a town, a leave cover, a year, the hours.
    ['Position: Quality Engineer (Bowling Green)', 'Quality Engineer'],
    ['Position: Credit Officer (Vacancy Notice No. GB/HRAD/2027/41)', 'Credit Officer'],
    ['Position: Teacher of Science (Maternity Leave Position 2028)', 'Teacher of Science'],
    ['Position: Staff Nurse (0.8 FTE, temporary)', 'Staff Nurse'],
    // A shift names the post; so does one word that is also somewhere's name.
    ['Position: Transport Planner (Nights)', 'Transport Planner (Nights)'],
    ['Position: Software Engineer (Mobile)', 'Software Engineer (Mobile)'],
    ['Position: Account Executive (Enterprise)', 'Account Executive (Enterprise)'],
    [
      // "(all genders)", "(m/w/d)": the law's note that anyone may apply is no part of the title.
      'We invite you to interview for the position Data Engineer (all genders) - Logistics Analytics.',
      'Data Engineer - Logistics Analytics',
    ],
    // The terms of the job are not its name: its share of a full week, as Swiss and German
    // postings write it, included.
    [
      'We would like to invite you to the next step for the position Pricing Actuary (80-100%).',
      'Pricing Actuary',
    ],
    [
      'Thank you for applying for the role of Lab Technician (60 %) - Quality Control at Example Co.',
      'Lab Technician - Quality Control',
    ],
    [
      'Thanks for your interest in the Payroll Specialist (contract-to-hire) role.',
      'Payroll Specialist',
    ],
    [
      'Thank you for applying for the position of Staff Nurse - Cardiology (Req 55120).',
      'Staff Nurse - Cardiology',
    ],
    [
      'Thanks for your interest in the role of Senior Lecturer in Ecology.',
      'Senior Lecturer in Ecology',
    ],
    [
      'Thank you for your application for the position of Assistant Manager, Treasury (Job Req ID 11842) with Example Co.',
      'Assistant Manager, Treasury',
    ],
    [
      'Thank you for applying for the position of Assistant Professor – Computer Science and Engineering (JR-04417) at Example Co.',
      'Assistant Professor – Computer Science and Engineering',
    ],
    // A note on the posting that carries its reference carries the posting's details, grade and
    // all; the title ends before it.
    [
      'Thank you for applying for the position of Policy Officer, Water Quality (Grade 7, ref WQ-2027-114).',
      'Policy Officer, Water Quality',
    ],
    [
      'You are invited to interview for Payroll Officer (Band 5; Vacancy No. 30418).',
      'Payroll Officer',
    ],
    [
      'Your onsite interview with Maplestone Financial for Senior Product Manager, Payments is confirmed.',
      'Senior Product Manager, Payments',
    ],
    [
      'Questions:\nWhich role are you interested in?\nCustomer Success Manager (APAC)\nWhere are you based?',
      'Customer Success Manager (APAC)',
    ],
    // A pay grade in brackets is the post's classification, not its name.
    [
      'Thank you for applying for the position of Senior Policy Officer (APS Level 6).',
      'Senior Policy Officer',
    ],
    ['You are invited to interview for Staff Nurse (Band 5), Ward 7.', 'Staff Nurse'],
    // The title's own initials after it say the title again.
    [
      'You are invited to interview for the post of Graduate Software Trainee (GST).',
      'Graduate Software Trainee',
    ],
    [
      'Thank you for applying for the role of Customer Success Manager (APAC).',
      'Customer Success Manager (APAC)',
    ],
    // A school's grade is the class taught.
    [
      'You are invited to interview for Classroom Teacher (Grade 3).',
      'Classroom Teacher (Grade 3)',
    ],
    [
      'Questions:\nWhich role are you applying for?\nAccount Executive, Mid-Market\nWhere are you based?',
      'Account Executive, Mid-Market',
    ],
    ['You applied for the position of Data Analyst - Leeds.', 'Data Analyst'],
    ['Thank you for applying for the role of Sales Manager in Leeds.', 'Sales Manager'],
    [
      'Thanks for applying for the position of Senior Backend Engineer - Remote.',
      'Senior Backend Engineer',
    ],
    ['About the Data Analyst - Hybrid (2 days) role', 'Data Analyst'],
    ['About the Product Designer (Hybrid, 3 days) role we discussed', 'Product Designer'],
    [
      'We are pleased to schedule your second round interview for the position of AVP - Credit Risk Analytics.',
      'AVP - Credit Risk Analytics',
    ],
    ['Thanks for your interest in the Developer Advocate role.', 'Developer Advocate'],
    // A graduate scheme names its year and its intake around the title.
    ['This interview is for the 2028 Graduate Hydrologist intake.', 'Graduate Hydrologist'],
  ])('%j', (sentence, role) => {
    expect(roleIn(sentence)).toBe(role);
  });

  it("reads a booking's subject that names the candidate, then the role in brackets", () => {
    const withCandidate = (subject: string) =>
      findRole(
        'See you then.',
        [subject],
        'Example Co',
        ['Marcus Feld', 'Alex Rivera'],
        ['Alex Rivera'],
      ).role;
    expect(
      withCandidate(
        'Updated invitation: Phone interview - Alex Rivera (Brand Manager, Bourbon Portfolio) @ Thu Oct 21, 2027 1:30pm - 2pm (EDT)',
      ),
    ).toBe('Brand Manager, Bourbon Portfolio');
    expect(
      withCandidate('Example Co - Technical Interview - Alex Rivera (Flight Software Engineer)'),
    ).toBe('Flight Software Engineer');
    // Beside an interviewer, the brackets hold their own title.
    expect(withCandidate('Video call - Marcus Feld (Head of Data Science)')).toBeNull();
  });

  it('reads a subject whose meeting words come after the title', () => {
    expect(roleIn('See you then.', 'Example Co - Live Ops Producer interview confirmed')).toBe(
      'Live Ops Producer',
    );
    // With whom and when, after the meeting.
    expect(
      roleIn(
        'See you then.',
        'Confirmed: Example Co - Customer Success Manager phone screen with Ana Ruiz on Monday, 4 October 2027',
      ),
    ).toBe('Customer Success Manager');
    expect(roleIn('See you then.', 'Re: Clinical Nurse Educator - interview')).toBe(
      'Clinical Nurse Educator',
    );
  });

  it("takes no person's own title for the role, and reads a booking's subject with its host and day after", () => {
    const body =
      'Description:\nA 30-minute call with Dana Lee, Head of Customer Operations at Example Co. We will talk about your experience.';
    const subject =
      'Confirmed: Phone Screen - Branch Supervisor with Dana Lee on Monday, March 9, 2026';
    expect(roleIn(body, subject)).toBe('Branch Supervisor');
    // A person's title is no role even with nothing else to read.
    expect(roleIn(body)).toBeNull();
    // The role beside the company is still the role.
    expect(roleIn('Thanks for applying.\nWarehouse Supervisor - Example Co\nLeeds')).toBe(
      'Warehouse Supervisor',
    );
  });

  it("leaves out the candidate's name written beside the title", () => {
    const read = findRole('See you then.', ['Interview - Priya Nair / Tax Associate'], null, [
      'Priya Nair',
    ]);
    expect(read.role).toBe('Tax Associate');
  });
});

describe('what is no part of a role', () => {
  it("keeps a bracket that only contains a person's name by chance", () => {
    expect(findRole('Role: Data Scientist (Analytics)', [], 'Example Co', ['Ana']).role).toBe(
      'Data Scientist (Analytics)',
    );
    expect(
      findRole('', ['Intro call - Bookkeeper (Dana Whitcombe / Priya Nair)'], 'Example Co', [
        'Priya Nair',
      ]).role,
    ).toBe('Bookkeeper');
  });

  it("reads a call to the candidate's number as a phone interview, not a later round's video", () => {
    const text = [
      'Our offices are at 4 Quay Street, Leeds.',
      "I've put us in for Tuesday at 10. I'll ring you on the mobile number on your CV.",
      'If all goes well, the next stage would be a Teams interview with our head of products.',
    ].join('\n');
    expect(findFormat(text)).toEqual({ format: 'phone', confidence: 0.9 });
  });

  it('reads no phone in a call only if something changes, nor a later round away', () => {
    for (const text of [
      "Please come to our office at 4 Quay Street, Leeds for your interview on Tuesday at 10am. If anything changes I'll ring you on your mobile.",
      "Your interview is in person at our Leeds office, Tuesday at 10am. We'll call you on your mobile the day before to confirm.",
    ])
      expect(findFormat(text).format, text).toBe('onsite');
    for (const text of [
      'The next stage will be a Teams interview with Dana Lee on Thursday at 10.30am.',
      "We'd like to invite you to a Zoom interview on Thursday at 10am, and if all goes well we'd then invite you to meet the team at the office.",
    ])
      expect(findFormat(text).format, text).toBe('video');
  });

  it('reads an onsite in an invitation to come by the workplace', () => {
    for (const text of [
      'Would you be able to come by our bakery on Dunmore Street to chat on Friday at 3?',
      'Could you pop into the shop on Monday at 10 for a chat?',
      'Are you free Tuesday arvo around 2? Just come to the bar and ask for me.',
      "How's Tuesday at 2pm at the workshop? Unit 4, Mill Yard.",
      "We'd love to have you in on Monday at 11am - buzz at the street door.",
      'Lovely, see you at the gallery on Thursday.',
    ])
      expect(findFormat(text).format, text).toBe('onsite');
    // Getting someone into the diary, or in for a call or an interview held on video, is no
    // visit; nor is a careers site.
    for (const text of [
      "Let's get you in the diary for Monday at 10 - I'll send a Teams link.",
      "Let's get you in for a quick call on Monday at 10; I'll send the Zoom link.",
      "We'd love to get you in for an interview next week - I'll send a Teams link.",
      'Your video interview is Monday at 2pm. Please book a slot by 5pm at our careers site first.',
    ])
      expect(findFormat(text).format, text).toBe('video');
  });

  it('reads no onsite in a call taken from home', () => {
    expect(
      findFormat('We will call you on Zoom, so please be at your home office or somewhere quiet.')
        .format,
    ).not.toBe('onsite');
  });

  it("reads a bulleted details block's format line, whatever else the line says", () => {
    expect(
      findFormat(
        '- When: Tuesday at 10:00 AM\n- Where: Microsoft Teams - Wade is onsite at our plant all week\n- Length: an hour',
      ).format,
    ).toBe('video');
  });

  it('reads the format taken up, not the one given up ("on Teams instead of in person")', () => {
    expect(
      findFormat(
        'Could we hold it on Microsoft Teams instead of in person? Then nobody has to travel.',
      ).format,
    ).toBe('video');
    expect(findFormat('We will meet at our office rather than over Zoom.').format).toBe('onsite');
  });

  it("reads no onsite in the writer's own site visit", () => {
    for (const clash of ['I have a site visit', "We've got a site visit", 'she has a site visit']) {
      expect(
        findFormat(
          `Apologies - ${clash} that afternoon, so could we start earlier? Same Teams link.`,
        ).format,
        clash,
      ).toBe('video');
    }
  });
});
