// Who the candidate meets, read from an itinerary's lines: a session's people after its dash, and
// none for a lunch or a tour, unless the line says it is an interview too.
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../functions/core/understand/calendar.ts';
import { understandMessage } from '../../../functions/core/understand/index.ts';
import {
  carriedOver,
  findInterviewers,
  interviewersFromText,
  joinPanels,
  panelSwapInNote,
  peopleTheNoteNames,
  sentenceOf,
  signerOf,
} from '../../../functions/core/understand/people.ts';

const context = {
  sender: { name: 'Rae Coordinator', email: 'rae@example.com' },
  candidate: { emails: new Set<string>(), names: new Set<string>() },
  directory: [],
  company: 'Example Co',
};
const names = (text: string) => [
  ...new Set(interviewersFromText(text, context).map((person) => person.name)),
];

describe('itinerary lines', () => {
  it('reads an interview that starts with a welcome, and skips the lunch and the tour', () => {
    const itinerary = [
      '9:00 - 9:45    Welcome and hiring manager interview - Ines Albrecht, Head of Claims',
      '10:00 - 11:00  Technical deep dive - Bao Tran, Staff Engineer',
      '11:00 - 12:00  Lunch with the team - Carla Mendes',
      '12:00 - 12:30  Office tour (not an interview) - Dmitri Volkov',
    ].join('\n');
    expect(names(itinerary)).toEqual(['Ines Albrecht', 'Bao Tran']);
  });

  it("reads a table's interviewer column, whatever the session is called", () => {
    const table = [
      'Time\tSession\tInterviewers',
      '9:00 AM – 9:45 AM\tHiring Manager Interview\tMaren Holt, Engineering Manager',
      '9:45 AM – 10:30 AM\tLab Walkthrough & Hands-on Exercise\tYusuf Demir, Senior Test Engineer',
      '10:30 AM – 11:00 AM\tCulture Conversation\tLeila Haddad',
    ].join('\n');
    expect(names(table)).toEqual(['Maren Holt', 'Yusuf Demir', 'Leila Haddad']);
  });

  it("reads the column its header names the people's, when the times come last in the row", () => {
    for (const gap of ['\t', ' | ']) {
      const table = [
        ['Round', 'Interviewer', 'Start', 'End'],
        ['Portfolio review', 'Ottilie Brandvold, Design Lead', '2:00 PM', '2:45 PM'],
        ['Studio conversation', 'Kwesi Appiah, Creative Director', '2:45 PM', '3:30 PM'],
      ]
        .map((cells) => cells.join(gap))
        .join('\n');
      expect(names(`Your interviews are scheduled.\n\n${table}`)).toEqual([
        'Ottilie Brandvold',
        'Kwesi Appiah',
      ]);
    }
    // A column of contacts is no one the candidate meets.
    const contacts = [
      'Question\tContact\tPhone',
      'Parking and access\tBernadette Okafor, Facilities\t555-0142',
    ].join('\n');
    expect(names(`Your interview is scheduled.\n\n${contacts}`)).toEqual([]);
  });

  it('takes no phantom person from the lines under a row or a session named like a person', () => {
    const itinerary = [
      '10:00 - 10:45 Pricing Case Walkthrough Priyanka Deshmukh, Head of Pricing',
      'Dress Code, Business casual.',
      '10:45 - 11:30 System Design Deep Dive, Whiteboard Room',
      'Front Desk, Building 2.',
    ].join('\n');
    expect(names(itinerary)).toEqual(['Priyanka Deshmukh']);
  });

  it('adds the writer who is on the call, not one who will see the candidate there', () => {
    const fromMarisol = { ...context, sender: { name: 'Marisol Vega', email: 'mv@example.com' } };
    const read = (text: string) => [
      ...new Set(interviewersFromText(text, fromMarisol).map((p) => p.name)),
    ];
    expect(read('Dev Malhotra and I will be on the call.')).toEqual([
      'Dev Malhotra',
      'Marisol Vega',
    ]);
    expect(read('Dev Malhotra and I will see you then!')).toEqual(['Dev Malhotra']);
    // The writer's "I" run into the verb.
    expect(read('Dev Malhotra and I’ll be interviewing you on Tuesday.')).toEqual([
      'Dev Malhotra',
      'Marisol Vega',
    ]);
    // A writer who only sends the invitation, or writes after it, after a platform named like a
    // person, is not there.
    for (const text of [
      'You will meet Dev Malhotra. It is 45 minutes on Microsoft Teams and I’ll send the link.',
      'You will meet Dev Malhotra. It is 45 minutes on Microsoft Teams and I’ll be sending the link.',
      'You will meet Dev Malhotra. It is 45 minutes on Microsoft Teams and I’ll be in touch after.',
    ])
      expect(read(text), text).toEqual(['Dev Malhotra']);
    expect(read('You will meet Dev Malhotra on Microsoft Teams and I’ll be there too.')).toEqual([
      'Dev Malhotra',
      'Marisol Vega',
    ]);
  });

  it('reads the employer named between a person and the verb, as an agency writes it', () => {
    expect(
      names(
        'Good news - Wanjiru Kamau (Head of Finance) at Tidewater Plastics would like to meet with you next week.',
      ),
    ).toEqual(['Wanjiru Kamau']);
    expect(names('Tomasz Lis from Brightwater Foods will be interviewing you.')).toEqual([
      'Tomasz Lis',
    ]);
  });

  it("reads a table's row that a plain-text rendering joined with a space", () => {
    const rows = [
      'Date Wednesday, June 9, 2027',
      'Time 2:00 PM - 3:00 PM (Central Time)',
      'Interviewers Imogen Sato - Director, Analytics',
      'Felix Oduya - Senior Data Scientist',
      'Meeting Link Join the meeting now',
    ].join('\n');
    expect(names(rows)).toEqual(['Imogen Sato', 'Felix Oduya']);
    // A heading's words are no people.
    expect(names('Interview Panel Guidelines\nPlease arrive early.')).toEqual([]);
    expect(names('Interviewer Notes Attached\nInterview Panel Day One / Dana Lee')).toEqual([]);
  });

  it.each(['will consist of', 'will include', 'will be made up of'])(
    'reads the list under a sentence announcing the panel: "Your panel %s:"',
    (verb) => {
      const list = [
        `Your interview panel ${verb}:`,
        'Rosa Delgado, P.E., County Engineer',
        'Amir Haddad, Deputy Director of Transportation',
        '',
        'Please bring photo ID.',
      ].join('\n');
      expect(names(list)).toEqual(['Rosa Delgado', 'Amir Haddad']);
    },
  );

  it('reads a surname that is also an organisation noun', () => {
    expect(names('You will meet with Marcus Banks, our CFO.')).toEqual(['Marcus Banks']);
  });

  it('reads the people after a labelled line as German and Austrian mail writes it', () => {
    expect(
      names('Interview partners: Jana Hoffmann (Head of Planning), Lukas Brandt (Senior Analyst)'),
    ).toEqual(['Jana Hoffmann', 'Lukas Brandt']);
  });
});

describe('names', () => {
  it("a booking's 'between A and B' names its host first, the candidate second", () => {
    expect(names('Portfolio Review between Calder Whitley and Sam Candidate')).toEqual([
      'Calder Whitley',
    ]);
  });

  it('are no contraction: a chatbot\'s "It\'s Olivia" is nobody to meet', () => {
    const text = [
      "Hi Alex! It's Olivia, the virtual hiring assistant for Harbor Supply. 🎉 You're all set!",
      '',
      'Here are your interview details:',
      'Who: Darnell Okafor, Store Manager',
    ].join('\n');
    expect(names(text)).toEqual(['Darnell Okafor']);
  });

  it('a first name alone is a person where the words after it describe one', () => {
    expect(names("You'll be chatting with Wanjiru, who leads our product team.")).toEqual([
      'Wanjiru',
    ]);
    expect(
      names('The panel will be Dr Sam Whitlock and Priyanka from our lab management team.'),
    ).toEqual(['Sam Whitlock', 'Priyanka']);
    // A team, a place, the employer or a tool described the same way is nobody.
    expect(names("You'll meet Marketing, who run the launch.")).toEqual([]);
    expect(names("You'll be meeting with Denver, our regional office.")).toEqual([]);
    expect(names('You will speak with Example, the parent company.')).toEqual([]);
    expect(names('You will meet with Zoom, the platform we use.')).toEqual([]);
    // Without a description, a lone capitalised word is no one ("meet Tuesday").
    expect(names('You will meet Wanjiru on Tuesday.')).toEqual([]);
    // "Google Meet" is a tool, no cue to meet whoever the next line names.
    expect(
      names('Interviewer: Kabir Sethi\nMode: Google Meet\nMessage from the recruiter:\n"Sorry."'),
    ).toEqual(['Kabir Sethi']);
  });

  it('the writer who would genuinely like to talk with you is the one to meet', () => {
    const writer = { ...context, sender: { name: 'Lacey Overton', email: 'lacey@example.com' } };
    const people = (text: string) => interviewersFromText(text, writer).map((p) => p.name);
    expect(people("I'd genuinely like to talk with you on Monday at 10.")).toEqual([
      'Lacey Overton',
    ]);
    expect(people('I would really love to meet you next week.')).toEqual(['Lacey Overton']);
    expect(people('I would like to thank you for your time.')).toEqual([]);
  });

  it("keeps a father's initial written after the given names, as Tamil names are", () => {
    expect(names('Interviewer(s) : Senthil Kumar R, Lakshmi Narayanan P')).toEqual([
      'Senthil Kumar R',
      'Lakshmi Narayanan P',
    ]);
    expect(names('You will meet Dana Lee I think.')).toEqual(['Dana Lee']);
  });

  it("reads the people under a selection committee's or a search panel's heading", () => {
    for (const heading of ['Selection Committee', 'Search Panel:', 'Hiring Board']) {
      const text = [
        'Details of your interview below.',
        heading,
        '   - Prof. Anjali Deshpande – Dean, School of Engineering (Chair)',
        '   - Dr. Rohan Varkey – Head, Department of CSE',
        '',
        'Please join 15 minutes early.',
      ].join('\n');
      expect(names(text)).toEqual(['Anjali Deshpande', 'Rohan Varkey']);
    }
  });

  it("an agency's client's person, named after their title, who can do a day", () => {
    expect(
      names("Their operations lead, Nils Haugen, can do Wednesday at 11 and I've said yes."),
    ).toEqual(['Nils Haugen']);
  });

  it("an agency's 'their manager' is the client's person the candidate meets", () => {
    expect(
      names('Beatriz Lomax, their Claims Operations Manager, will call you on Thursday at 4pm.'),
    ).toEqual(['Beatriz Lomax']);
  });

  it('the writer the candidate asks for is the one they meet, unless the writer schedules', () => {
    const chef = { ...context, sender: { name: 'Tomasz Wrona', email: 'tomasz@example.com' } };
    const people = (text: string) => interviewersFromText(text, chef).map((p) => p.name);
    const mail = (title: string) =>
      `Thursday works - come in at half two and ask for me at the pass.\n\nCheers,\nTomasz Wrona\n${title}\nThe Copper Hare`;
    expect(people(mail('Head Chef'))).toEqual(['Tomasz Wrona']);
    expect(people(mail('Recruiting Coordinator'))).toEqual([]);
    expect(people(mail('Office Manager'))).toEqual([]);
  });

  it.each([
    [
      'Interviewers:\nMarisol Quiñones, Director of Quality\nLuis A. Ortiz, Validation Manager',
      ['Marisol Quiñones', 'Luis A. Ortiz'],
    ],
    [
      "You'll meet Pieter van der Merwe, our Export Manager, and Thandi from our cellar door team.",
      ['Pieter van der Merwe', 'Thandi'],
    ],
  ])(
    'a name as it is written: a middle initial, two particles, a first name after a title (%#)',
    (text, people) => {
      expect(names(text)).toEqual(people);
    },
  );

  it('the writer who chairs, and the colleague who joins them', () => {
    const chair = { ...context, sender: { name: 'Kylie Nguyen', email: 'kylie@example.com' } };
    const text = "I'll be chairing, and Mark O'Dea, our Harbour Master, will join me on the call.";
    expect(interviewersFromText(text, chair).map((p) => p.name)).toEqual([
      'Kylie Nguyen',
      "Mark O'Dea",
    ]);
  });

  it.each([
    // A team described like a person is still a team.
    ["You'll meet with Payroll, the team that runs onboarding.", 'Rae Coordinator', []],
    // Running late is no running the interview.
    [
      "Apologies, I'll be running a few minutes late, but Sam Fox will lead the interview.",
      'Dana Lee',
      ['Sam Fox'],
    ],
    // The one asked for at reception who signs as a coordinator on her name's own line.
    [
      'Ask for me at reception and I will take you up.\n\nBest,\nDana Lee | Talent Coordinator',
      'Dana Lee',
      [],
    ],
    // Eng without its stop is a name.
    ['Interviewers: Eng Hock Tan, Kelvin Lim', 'Rae Coordinator', ['Eng Hock Tan', 'Kelvin Lim']],
  ])('names nobody it should not: %j', (text, writer, people) => {
    const written = { ...context, sender: { name: writer, email: 'w@example.com' } };
    expect([...new Set(interviewersFromText(text, written).map((p) => p.name))]).toEqual(people);
  });

  it('a title written in another language is no person', () => {
    expect(
      names(
        'You will meet Camille Rousseau, Directrice Retail Excellence Europe, and Julien Marchetti, HR Business Partner.',
      ),
    ).toEqual(['Camille Rousseau', 'Julien Marchetti']);
  });

  it.each([
    [
      'never run across a line: the label under a name is no part of it',
      [
        'Interview : after the demo, with the Principal, Mrs. Sunita Kulkarni, and the Head of Department (Science), Mr. Abhijit Joshi',
        'Venue : Main Building',
      ],
      ['Sunita Kulkarni', 'Abhijit Joshi'],
    ],
    [
      '"Eng." is a form of address, as Gulf mail writes it before an engineer\'s name',
      [
        'Panel: Eng. Faisal Al-Harbi, Structural Department Manager',
        '          Eng. Omar Siddiqui, Senior Structural Engineer',
      ],
      ['Faisal Al-Harbi', 'Omar Siddiqui'],
    ],
  ])('%s', (_rule, lines, people) => {
    expect(names(lines.join('\n'))).toEqual(people);
  });
});

describe('a reply that moves the meeting', () => {
  it("'our interview', moved by its writer, is theirs; one they have added joins it", () => {
    const reply =
      "Apologies - I've moved our interview to next Tuesday at 1:30 PM. I've also added Ngozi Eze from our analytics team, who'll take the second half.";
    const manager = { ...context, sender: { name: 'Brent Halvorsen', email: 'bh@example.com' } };
    expect(interviewersFromText(reply, manager).map((person) => person.name)).toEqual([
      'Brent Halvorsen',
      'Ngozi Eze',
    ]);
  });

  it("'our call', which its writer needs to shift, is theirs", () => {
    const manager = { ...context, sender: { name: 'Brent Halvorsen', email: 'bh@example.com' } };
    for (const reply of [
      'Our audit has been brought forward, so I need to shift our call. Would Friday at 9am work instead?',
      'I have to rearrange our interview - could we do Friday at 9am?',
    ])
      expect(
        interviewersFromText(reply, manager).map((person) => person.name),
        reply,
      ).toEqual(['Brent Halvorsen']);
    // One the sentence names is whom the meeting is with; the writer only moves it.
    expect(
      interviewersFromText(
        'Dr. Anand Patel has been called into theatre, so I need to move our interview to Friday at 3pm.',
        manager,
      ),
    ).toEqual([]);
  });
});

describe('a title after the last person', () => {
  it('is no person, and one who steps in for another is met', () => {
    expect(
      names(
        "You'll meet with Dana Whitlock, Chief Risk Officer, and Jun Ito, Senior Analyst, Model Validation.",
      ),
    ).toEqual(['Dana Whitlock', 'Jun Ito']);
    expect(
      names('Dana is away, so Hollis Amadi-Reyes, our Head of Risk, will step in for her.'),
    ).toEqual(['Hollis Amadi-Reyes']);
  });
});

describe("an organisation's name is nobody's", () => {
  it.each([
    'Your interview with Acme Robotics has been scheduled for Tuesday at 2pm.',
    'You will meet with Harbor Logistics on Thursday at 10am.',
    'Your interview with Northwind Analytics is confirmed for Friday at 11am.',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('"with X and me"', () => {
  const writer = { ...context, sender: { name: 'Sanne de Vries', email: 'sanne@example.com' } };
  it('after the meeting or its time names both as interviewers', () => {
    const text =
      'Thursday 11 March at 14:00, on Microsoft Teams, with Pieter Bakker (Head of Analytics) and me.';
    expect([...new Set(interviewersFromText(text, writer).map((person) => person.name))]).toEqual([
      'Pieter Bakker',
      'Sanne de Vries',
    ]);
  });

  it('in a sentence of no meeting names no one', () => {
    for (const text of [
      'If anything comes up, get in touch with Pieter Bakker and me.',
      'Please keep in touch with Pieter Bakker and me about your notice period.',
    ])
      expect(interviewersFromText(text, writer)).toEqual([]);
  });
});

describe('the writer holds the meeting', () => {
  it('"with me" in the meeting\'s sentence makes the writer an interviewer; a tour or a contact does not', () => {
    const writer = { ...context, sender: { name: 'Corinne Abara', email: 'ca@example.com' } };
    const text =
      'You are confirmed for a video interview on Thursday at 1:00 PM ET\nwith me on Zoom.';
    expect(interviewersFromText(text, writer).map((person) => person.name)).toEqual([
      'Corinne Abara',
    ]);
    expect(
      interviewersFromText('It will be a relaxed half-hour Zoom with me, nothing formal.', writer),
    ).toEqual([expect.objectContaining({ name: 'Corinne Abara' })]);
    // One the candidate asks or checks with, the writer whoever they are, holds no meeting.
    for (const text of [
      'Questions about the interview? Get in touch with me any time.',
      'I recruit for several teams here, so please share any questions with me.',
      'If the Zoom link gives you trouble on the day, just check with me.',
      'If you have not used Zoom before, feel free to do a quick test with me beforehand.',
    ])
      expect(interviewersFromText(text, writer), text).toEqual([]);
    expect(
      interviewersFromText(
        'Please leave your coat with me at reception before the interview.',
        writer,
      ),
    ).toEqual([]);
    expect(names('4:30 - 5:00    Office tour and coffee with me')).toEqual([]);
    // An agency's recruiter readies the candidate for the client's interview; they hold none.
    expect(
      interviewersFromText(
        'Your interview with the plant manager is on Thursday. Can you do a quick 15-minute prep call with me on Wednesday at 4:00?',
        writer,
      ),
    ).toEqual([]);
    expect(
      interviewersFromText(
        "Let's have a short debrief call with me after your interview on Friday.",
        writer,
      ),
    ).toEqual([]);
  });
});

describe('a panel written as a sentence', () => {
  it('reads names and titles set apart by semicolons', () => {
    expect(
      names(
        'The panel will be made up of Priya Shah, Head of Finance; Tom Oduya, Payroll Lead; and Ana Silva, HR Partner. Please bring photo ID.',
      ),
    ).toEqual(['Priya Shah', 'Tom Oduya', 'Ana Silva']);
    // A semicolon before prose, or before a name the sentence goes on with, still ends the list.
    expect(
      names(
        "You'll meet Dana Lee, our Finance Director; Sarah Jones from HR will send the contract afterwards.",
      ),
    ).toEqual(['Dana Lee']);
    expect(
      names(
        'You will meet with Priya Shah, Head of Finance; please bring photo ID and arrive early.',
      ),
    ).toEqual(['Priya Shah']);
  });
});

describe('one who sits in', () => {
  const writer = { ...context, sender: { name: 'Corinne Abara', email: 'ca@example.com' } };
  const met = (text: string) => [
    ...new Set(interviewersFromText(text, writer).map((person) => person.name)),
  ];

  it('is met, and so is the writer whose meeting it is, copied in or named', () => {
    for (const text of [
      "Let's say Friday at 11 at the bakery. I've cc'd Sam Obi, who runs our front of house - he'll sit in for the last half hour.",
      "Let's say Friday at 11 at the bakery. Sam Obi, our front of house lead, will sit in for the last half hour.",
    ])
      expect(met(text), text).toEqual(['Corinne Abara', 'Sam Obi']);
  });
});

describe('the writer who wants to meet the candidate', () => {
  const writer = { ...context, sender: { name: 'Corinne Abara', email: 'ca@example.com' } };
  const met = (text: string) => interviewersFromText(text, writer).map((person) => person.name);

  it('meets them when they say so, or say nothing of who', () => {
    expect(
      met('Thanks for the CV! I really want to meet you - are you free Friday at 10?'),
    ).toEqual(['Corinne Abara']);
    expect(met('Thanks for the CV. Just want to meet you for a coffee on Friday at 10.')).toEqual([
      'Corinne Abara',
    ]);
  });

  it('does not when the firm wants to ("we still want to meet you")', () => {
    expect(
      met("We have to call off Friday's visit. We still want to meet you, so I'll send new times."),
    ).toEqual([]);
  });
});

describe('the writer who is not one of those met', () => {
  const writer = { ...context, sender: { name: 'Corinne Abara', email: 'ca@example.com' } };
  const met = (text: string) => [
    ...new Set(interviewersFromText(text, writer).map((person) => person.name)),
  ];

  it('says so, or only looks back on their own call', () => {
    for (const text of [
      'Your interview is at 2pm with Dana Lee and me. I will not be on the call myself, sorry.',
      "Dana Lee will interview you at 2pm. I'll start the Zoom, introduce you both and then leave you with the panel.",
      'Thank you for making time to talk with me on Monday. Your interview with Dana Lee is at 2pm.',
      // There only to watch.
      'The panel is Dana Lee and me at 2pm. I will sit in on the panel as an observer.',
      "Dana Lee and I will meet you at 2pm, though I'll not be asking questions.",
      "Dana Lee and I will meet you at 2pm, though I won't be asking any questions.",
      'Dana Lee and I will meet you at 2pm; I will only be observing.',
      "Dana Lee and I will meet you at 2pm. I'm just observing.",
    ])
      expect(met(text), text).toEqual(['Dana Lee']);
  });

  it('is still met when only part of it, or only what follows it, is without them', () => {
    for (const text of [
      'Your interview is with me and Dana Lee at 2pm. I will only be observing for the first ten minutes, then Dana hands over to me.',
      "Your interview is with me and Dana Lee at 2pm. I won't be on the call for the first ten minutes, so Dana will start.",
    ])
      expect(met(text), text).toEqual(['Corinne Abara', 'Dana Lee']);
    expect(
      met(
        "I'll interview you for about 45 minutes, then leave you with the office manager to sort out paperwork.",
      ),
    ).toEqual(['Corinne Abara']);
    expect(
      met("I'll meet you at reception on Thursday at 2pm - it will just be the two of us."),
    ).toEqual(['Corinne Abara']);
  });

  it('greets them at the door', () => {
    expect(
      met(
        "Your panel interview is at 2pm. I'll meet you in the foyer and take you up to the panel.",
      ),
    ).toEqual([]);
  });
});

describe('particles', () => {
  it("keeps a surname's particles, capitalised or not", () => {
    const panel = [
      'Panel',
      'Jan Van den Bossche - Plant Manager',
      'Maria De La Cruz - Operations Lead',
      'Rhys ap Gruffydd - Head of Quality',
    ].join('\n');
    expect(names(panel)).toEqual(['Jan Van den Bossche', 'Maria De La Cruz', 'Rhys ap Gruffydd']);
  });

  it("keeps an Irish surname's Ó and Ní", () => {
    expect(
      names(
        'Interview panel:\n• Seán Ó Briain – Financial Controller\n• Aoife Ní Chonaill – Head of Commercial',
      ),
    ).toEqual(['Seán Ó Briain', 'Aoife Ní Chonaill']);
  });

  it("keeps a Malay patronymic's particle and the father's name after it", () => {
    expect(names('Interviewers: Nurul Huda binte Ismail, Ahmad Faizal bin Osman')).toEqual([
      'Nurul Huda binte Ismail',
      'Ahmad Faizal bin Osman',
    ]);
  });

  it('reads two given names before a particle, and a given name written short', () => {
    expect(names('You will meet Juan Carlos de la Vega, our plant manager.')).toEqual([
      'Juan Carlos de la Vega',
    ]);
    expect(names('Panel: Ma. Theresa Dela Cruz-Santos and Md. Rafiqul Islam')).toEqual([
      'Ma. Theresa Dela Cruz-Santos',
      'Md. Rafiqul Islam',
    ]);
  });

  it('keeps two surnames joined as Catalan and Spanish names join them', () => {
    expect(names('Interviewers: Pau Serra i Vidal, Lucía Gómez y Ortega, Marc Soler')).toEqual([
      'Pau Serra i Vidal',
      'Lucía Gómez y Ortega',
      'Marc Soler',
    ]);
  });

  it('takes no facility named after a title for a person', () => {
    const panel = [
      'You will meet:',
      '- Dale Whitford, Maintenance Superintendent, Cedar Flats Mill',
      '- Anika Roy, Plant Controller',
    ].join('\n');
    expect(names(panel)).toEqual(['Dale Whitford', 'Anika Roy']);
  });

  it('keeps a first initial before a whole name', () => {
    expect(names('Panel: Wen-Li Zhou and R. Santiago de la Cruz')).toEqual([
      'Wen-Li Zhou',
      'R. Santiago de la Cruz',
    ]);
  });

  it('reads the panel after a sentence about it that ends in a colon', () => {
    expect(
      names('The panel is unchanged: Ana Reyes (Head of WFM) and Paolo Villanueva (Operations).'),
    ).toEqual(['Ana Reyes', 'Paolo Villanueva']);
  });

  it('keeps a surname whose particle an apostrophe joins on', () => {
    expect(names("Panel: Chiara Dell'Acqua, Senior Analyst; Marco D'Angelo, Lead")).toEqual([
      "Chiara Dell'Acqua",
      "Marco D'Angelo",
    ]);
  });
});

describe('a panel in a table under its heading', () => {
  it("reads the name column, past the header row and each person's title line", () => {
    const table = [
      'Your panel',
      '',
      'Role\tName',
      'Chair\tAmara Lindqvist-Obi',
      'Director of Research',
      'Panel member\tDr Gwilym ap Rhys',
      'Head of Evaluation',
      'Panel member\tBeatriz de la Vega Soto',
      'Senior Economist',
      '',
      'If you need any adjustments, reply to this email.',
    ].join('\n');
    expect(names(table)).toEqual([
      'Amara Lindqvist-Obi',
      'Gwilym ap Rhys',
      'Beatriz de la Vega Soto',
    ]);
  });
});

describe('itinerary lines that start with the person', () => {
  it("reads each person before their title's dash, degrees and pronouns aside", () => {
    const itinerary = [
      '9:30 AM - 10:15 AM   Sana Qureshi, PhD (she/her) - Director, Upstream Process Development',
      '10:15 AM - 11:00 AM  Tomasz Wrona (he/him) - Principal Scientist',
      '11:15 AM - 12:00 PM  Ji-hoon Seo (he/him) - Analytics, and Maeve Dunleavy (she/her) - Quality',
    ].join('\n');
    expect(names(itinerary)).toEqual([
      'Sana Qureshi',
      'Tomasz Wrona',
      'Ji-hoon Seo',
      'Maeve Dunleavy',
    ]);
  });

  it('reads the person on the line under each time, their title after a comma or a dash', () => {
    for (const gap of [',', ' -', ' –']) {
      const schedule = [
        'Tuesday, 10 March 2026',
        '',
        '8:00 AM - 8:30 AM ET',
        `Ines Carvalho${gap} VP, Customer Success`,
        '',
        '8:30 AM - 9:00 AM ET',
        `Tobias Lindgren${gap} Support Lead, EMEA`,
      ].join('\n');
      expect(names(schedule), gap).toEqual(['Ines Carvalho', 'Tobias Lindgren']);
    }
    // A session's title in the same layout is nobody.
    expect(
      names(
        '9:00 AM - 9:45 AM\nSite Tour - Operations Manager\n\n10:00 AM - 10:45 AM\nDana Lee - Engineering Manager',
      ),
    ).toEqual(['Dana Lee']);
  });

  it('still reads the person after a session named before the dash', () => {
    expect(names('10:00 - 11:00  Technical interview - Bao Tran, Staff Engineer')).toEqual([
      'Bao Tran',
    ]);
  });
});

describe('names written with marks', () => {
  it('skips the title between two people whatever letters their names use', () => {
    expect(
      names(
        "You'll meet Dr. Keiko Alvarez, Director of Genomics, and Zoë Núñez-Ortiz, Staff Scientist, who will join for the second half.",
      ),
    ).toEqual(['Keiko Alvarez', 'Zoë Núñez-Ortiz']);
  });
});

describe('forms of address in other languages', () => {
  it('drops Mme, Herr, Frau, Sra. and, in French mail, M.', () => {
    expect(
      names(
        'Bonjour Léa,\nYou will meet:\nM. Karim Belhadj, Directeur Qualité\nMme Lina Chraibi-Alaoui, Programme Manager',
      ),
    ).toEqual(['Karim Belhadj', 'Lina Chraibi-Alaoui']);
    expect(
      names('Interviewers: Frau Dr. Anke Vogel; Herr Jonas Brandl; Sra. Elena Ruiz Prado'),
    ).toEqual(['Anke Vogel', 'Jonas Brandl', 'Elena Ruiz Prado']);
    expect(names('You will meet:\n- Dott.ssa Serena Lo Bianco, Head of Buying')).toEqual([
      'Serena Lo Bianco',
    ]);
  });

  it('keeps a given name that is also a form of address when written without its stop', () => {
    expect(names('Panel: Hon Wai Chan and Ben Hale')).toEqual(['Hon Wai Chan', 'Ben Hale']);
  });

  it('keeps an initial M. in English mail', () => {
    expect(names('Panel: M. Nadia Okoro and Ben Hale')).toEqual(['M. Nadia Okoro', 'Ben Hale']);
  });
});

describe("an interviewer's address", () => {
  it('is found in the mail however the name is marked ("Geneviève" at genevieve.…)', () => {
    const withAddress = {
      ...context,
      directory: [{ name: null, email: 'genevieve.ouellet@bytown.example' }],
    };
    const read = findInterviewers('Interviewer: Geneviève Ouellet, Recruiter', [], withAddress);
    expect(read.interviewers).toEqual([
      { name: 'Geneviève Ouellet', email: 'genevieve.ouellet@bytown.example' },
    ]);
  });
});

describe('a numbered panel in a table', () => {
  it('is read under its label, one person per numbered line', () => {
    expect(
      names(
        'Mode\tVirtual\nInterview Panel\t1. Mr. Sanjay Kulkarni - Plant Head\n\t2. Ms. Pooja Deshpande - Manager, Supplier Quality\nHR Coordinator\tRutuja Patil\n',
      ),
    ).toEqual(['Sanjay Kulkarni', 'Pooja Deshpande']);
  });

  it('is read across the blank lines between its items, as a paragraph per item leaves them', () => {
    const panel =
      'Interview Board:\n\n1. Prof. Lata Menon, Registrar - Chair\n\n2. Dr. Arvind Rao, Dean\n\n3. Ms. Neha Joshi, HR\n\nPlease bring your certificates.\n';
    expect(names(panel)).toEqual(['Lata Menon', 'Arvind Rao', 'Neha Joshi']);
    // A blank line ends a list whose next line is no item.
    expect(
      names('Interview Board:\n1. Dr. Arvind Rao, Dean\n\nNeha Joshi will meet you at the gate.\n'),
    ).toEqual(['Arvind Rao']);
  });
});

describe("a session's title", () => {
  it('is no person, however its capitalised words begin', () => {
    expect(
      names(
        '11:00 AM - 11:45 AM    Test Architecture Deep Dive\n                       Arjun Mehta, Engineering Manager\n',
      ),
    ).toEqual(['Arjun Mehta']);
    // A person's title may follow their name in the cell.
    expect(names('10:00 AM - 10:45 AM    Ben Hale VP Engineering\n')).toEqual(['Ben Hale']);
  });
});

/** An invitation with no time of its own: only its organizer and attendees matter here. */
const invitation = (people: Pick<CalendarEvent, 'organizer' | 'attendees'>): CalendarEvent => ({
  method: 'REQUEST',
  status: null,
  sequence: 0,
  summary: 'Interview',
  description: '',
  location: '',
  calendarZone: null,
  start: null,
  end: null,
  durationMinutes: null,
  ...people,
});

describe('a booking whose calendar a shared mailbox organises', () => {
  const event = invitation({
    organizer: {
      name: 'Harbourside Engineering Recruitment',
      email: 'bookings@harbourside.example',
      role: null,
      cutype: null,
    },
    attendees: [],
  });
  const booking = { ...context, company: 'Harbourside Engineering' };

  it('names the staff member it lists, never the mailbox', () => {
    const text = 'Booking confirmed\n\nStaff\nTamsin Okoro\n\nLocation\nWe will call you.';
    expect(findInterviewers(text, [event], booking).interviewers).toEqual([
      { name: 'Tamsin Okoro', email: null },
    ]);
  });

  it('keeps every attendee a person, whatever the employer is called', () => {
    const cisco = { ...context, company: 'Cisco' };
    const invite = {
      ...event,
      attendees: [
        { name: 'Francisco Alvarez', email: 'falvarez@cisco.example', role: null, cutype: null },
        { name: 'Melissa Bank', email: 'mbank@cisco.example', role: null, cutype: null },
      ],
    };
    expect(findInterviewers('', [invite], cisco).interviewers.map((p) => p.name)).toEqual([
      'Francisco Alvarez',
      'Melissa Bank',
    ]);
  });

  it("writes an attendee listed surname first as the mail's words name them", () => {
    const invite = {
      ...event,
      attendees: [
        { name: 'Hartmann Jonas', email: 'jonas.hartmann@example.com', role: null, cutype: null },
        { name: 'Park Ji-woo', email: 'jiwoo.park@example.com', role: null, cutype: null },
      ],
    };
    const text = 'You will meet:\n- Dr. Jonas Hartmann, Head of Controls\n- Park Ji-woo, Analyst';
    expect(findInterviewers(text, [invite], context).interviewers.map((p) => p.name)).toEqual([
      'Jonas Hartmann',
      'Park Ji-woo',
    ]);
  });

  it('names nobody rather than the mailbox when the text names no one', () => {
    expect(findInterviewers('Booking confirmed.', [event], booking).interviewers).toEqual([]);
    for (const name of ['Acme Careers', 'Talent Team', 'Northgate Recruitment Bookings'])
      expect(
        findInterviewers(
          '',
          [{ ...event, organizer: { name, email: 'x@acme.example', role: null, cutype: null } }],
          context,
        ).interviewers,
      ).toEqual([]);
  });
});

describe("an interviewer's title", () => {
  it('is no part of the name, from the calendar or from a line under a session', () => {
    const event = invitation({
      organizer: null,
      attendees: [
        { name: 'Dr. Lena Schäfer', email: 'lena@example.com', role: null, cutype: null },
      ],
    });
    expect(findInterviewers('', [event], context).interviewers).toEqual([
      { name: 'Lena Schäfer', email: 'lena@example.com' },
    ]);
    const itinerary =
      'Thursday, June 17th\n\n10:00 AM - 10:45 AM   Quality Systems\n                      Dr. Nuala Keegan, QA Lead\n';
    expect(findInterviewers(itinerary, [], context).interviewers.map((p) => p.name)).toEqual([
      'Nuala Keegan',
    ]);
  });
});

describe("an interviewer's address by its initial and surname", () => {
  it('is found however the surname is joined ("lokaforreid@" for Lorraine Okafor-Reid)', () => {
    const withCc = {
      ...context,
      directory: [
        { name: null, email: 'lokaforreid@meridianhill.example' },
        { name: null, email: 'dwhite@meridianhill.example' },
      ],
    };
    const read = findInterviewers('Interviewer: Lorraine Okafor-Reid, Director', [], withCc);
    expect(read.interviewers).toEqual([
      { name: 'Lorraine Okafor-Reid', email: 'lokaforreid@meridianhill.example' },
    ]);
  });
});

describe('joinPanels', () => {
  const panel = [
    { name: 'Tomas Reyes', email: null },
    { name: 'Odile Martel', email: null },
  ];
  const names = (latest: string[], text: string) =>
    joinPanels(
      panel,
      latest.map((name) => ({ name, email: null })),
      text,
    ).map((person) => person.name);

  it('drops only whoever the reply says is out', () => {
    expect(
      names(['Farah Quint'], 'Tomas Reyes is out sick, so Farah Quint will step in for him.'),
    ).toEqual(['Farah Quint', 'Odile Martel']);
    expect(names([], 'Tomas has been pulled into an audit.')).toEqual(['Odile Martel']);
  });

  it('keeps whoever the move was made for, or who takes a new part', () => {
    expect(
      names([], "Tomas Reyes can't make Thursday after all, so I've moved your interview."),
    ).toEqual(['Tomas Reyes', 'Odile Martel']);
    expect(names([], 'Odile will be stepping in as chair.')).toEqual([
      'Tomas Reyes',
      'Odile Martel',
    ]);
    expect(names([], 'Odile is on leave from the 20th, so I have moved it earlier.')).toEqual([
      'Tomas Reyes',
      'Odile Martel',
    ]);
  });
});

describe('surnames that end like nouns', () => {
  it('are names all the same', () => {
    expect(names("You'll meet Kevin Garrity, Engineering Manager.")).toEqual(['Kevin Garrity']);
  });
});

describe('an invitation in a sentence that also looks back', () => {
  it('names its interviewers ("we enjoyed your application and would love to invite you…")', () => {
    expect(
      names(
        'Thank you for applying - we really enjoyed reading your application and would love to invite you to a first interview with Dr Wren Castellane (Head of Biology) and Ottilie Marsh-Baptiste (Principal Scientist). It will be 45 minutes.',
      ),
    ).toEqual(['Wren Castellane', 'Ottilie Marsh-Baptiste']);
  });

  it('still names nobody met in the past', () => {
    expect(names('Thanks again for meeting with Wren Castellane last week.')).toEqual([]);
  });
});

describe('a person named by a form of address and surname', () => {
  it('is the full name the mail gives elsewhere ("Dr. Osei" for Raymond Osei)', () => {
    const text = [
      'It will still be a 60-minute Teams call with Dr. Quaye and Birgitta Lindholm, our Director of Quality.',
      '',
      'Noor Haddad',
      'Executive Assistant to Kwabena Quaye, PhD, VP Regulatory Affairs',
    ].join('\n');
    expect(findInterviewers(text, [], context).interviewers.map((p) => p.name)).toEqual([
      'Kwabena Quaye',
      'Birgitta Lindholm',
    ]);
  });

  it('keeps its form of address where the mail gives no full name', () => {
    expect(names('Dr. Okonjo-Vance and Tam Ruiz would like to meet with you by Zoom.')).toEqual([
      'Dr. Okonjo-Vance',
      'Tam Ruiz',
    ]);
  });
});

describe('a person whose header spells their name in full', () => {
  it('is called by it ("Sam Ng" in the text, "Samuel Ng <sng@…>" in the Cc)', () => {
    const withCc = {
      ...context,
      directory: [{ name: 'Samuel Tran', email: 'stran@meridian.example' }],
    };
    const read = findInterviewers('Sam Tran would like to meet with you on Zoom.', [], withCc);
    expect(read.interviewers).toEqual([{ name: 'Samuel Tran', email: 'stran@meridian.example' }]);
  });
});

describe('one who joins, however the sentence says so', () => {
  it('reads "will also join", "asked … to join" and "booked you in with"', () => {
    expect(
      names(
        'We will start with Kunal. Our co-founder Ms. Shalini Varadan will also join for the last 15 minutes.',
      ),
    ).toEqual(['Shalini Varadan']);
    expect(
      names("I've also asked Jess Amberley from our analytics team to join for the second half."),
    ).toEqual(['Jess Amberley']);
    expect(
      names(
        "As promised, I've booked you in with Fiona Garroway, our VP of Customer Success, for tomorrow at 8am UK time.",
      ),
    ).toEqual(['Fiona Garroway']);
  });

  it('reads no one asked to do anything else', () => {
    expect(names("I've asked Jess Amberley to send you the parking details.")).toEqual([]);
  });
});

describe("a thread's panel, when its latest message names someone", () => {
  const thread = [
    { name: 'Kiran Bhosle', email: null },
    { name: 'Odile Martel', email: null },
    { name: 'Dana Whitcombe', email: null },
  ];
  const writer = { name: 'Dana Whitcombe', email: 'dana@example.com' };
  const carried = (text: string) => carriedOver(thread, text, writer).map((person) => person.name);

  it('keeps whoever the latest message still speaks of, and its writer', () => {
    expect(
      carried(
        'I have checked with Kiran sir and he is fine with the afternoon. Our co-founder will also join.',
      ),
    ).toEqual(['Kiran Bhosle', 'Dana Whitcombe']);
  });

  it('leaves out whoever it only looks back on', () => {
    expect(carried('Odile enjoyed meeting you last week.')).toEqual(['Dana Whitcombe']);
  });

  it('keeps one the time suits, never one it does not', () => {
    expect(carried('Tuesday at 1:30 is great for Kiran and me.')).toEqual([
      'Kiran Bhosle',
      'Dana Whitcombe',
    ]);
    expect(carried("Tuesday isn't ideal for Kiran, so it will be just me.")).toEqual([
      'Dana Whitcombe',
    ]);
  });

  it('leaves out whoever a newcomer replaces, and keeps whom they join', () => {
    const panel = [
      { name: 'Goh Wen Hui', email: null },
      { name: 'Arvind Pillay', email: null },
    ];
    const latest = [{ name: 'Daniel Kwok', email: null }];
    const text =
      'Arvind has had to travel to Jakarta that week, so Daniel Kwok (VP, Payments) will join Wen Hui on the panel instead.';
    expect(
      joinPanels(carriedOver(panel, text, null), latest, text).map((person) => person.name),
    ).toEqual(['Daniel Kwok', 'Goh Wen Hui']);
  });
});

describe("an earlier round's panel", () => {
  it('is not carried into the next round by a word on how it went', () => {
    const round1 = [{ name: 'Abel Strand', email: null }];
    expect(
      carriedOver(
        round1,
        "Great to hear the first conversation went well - Abel's feedback was very positive! You're confirmed for the second round with Leona Varga.",
        null,
      ),
    ).toEqual([]);
  });
});

describe('a colleague the headers name, called by first name in the text', () => {
  const cc = {
    ...context,
    sender: { name: 'Jennifer Holm', email: 'jholm@rivercast.example' },
    directory: [
      { name: 'Jennifer Holm', email: 'jholm@rivercast.example' },
      { name: 'Marek Dellacqua', email: 'mdellacqua@rivercast.example' },
    ],
  };
  const read = (text: string) =>
    findInterviewers(text, [], cc).interviewers.map((person) => person.name);

  it('is one the candidate meets where the text says they will meet, join or interview', () => {
    expect(read('Good news: Marek would like to meet you in person next Thursday.')).toEqual([
      'Marek Dellacqua',
    ]);
    expect(read('Marek (our plant manager, cc’d) will join the call.')).toEqual([
      'Marek Dellacqua',
    ]);
  });

  it('meets by every verb the full-name forms meet by ("will be conducting")', () => {
    expect(read('Marek will be conducting the technical round.')).toEqual(['Marek Dellacqua']);
    expect(names('Dana Lee can meet you on Thursday at 10.')).toEqual(['Dana Lee']);
    // One who "can" help offers help, not an interview.
    expect(
      names('If you have questions about benefits, Dana Lee can talk you through them.'),
    ).toEqual([]);
  });

  it('brings the writer along in "Marek and I have you down for Thursday"', () => {
    expect(read('Marek and I have you down for Thursday at 8:00 AM at the plant.')).toEqual([
      'Marek Dellacqua',
      'Jennifer Holm',
    ]);
  });

  it('is nobody where the text only looks back', () => {
    expect(read('Marek enjoyed the call last week and will be in touch.')).toEqual([]);
  });
});

describe('one who meets the candidate at the door', () => {
  it('greets them and is no interviewer', () => {
    const cc = {
      ...context,
      directory: [{ name: 'Nadia Fenwick', email: 'nadia@brasswork.example' }],
    };
    const text =
      'Please arrive by 8:30 AM. Nadia will meet you at reception with a visitor badge. Then Nadia Fenwick will meet you there too. Nadia Fenwick from our recruiting team will meet you at the 18th floor reception.';
    expect(findInterviewers(text, [], cc).interviewers).toEqual([]);
  });
});

describe('what the short names and thread rules must not take', () => {
  it('names no interviewer of a round already held, before an invitation to the next', () => {
    expect(
      names(
        'Following your interview with Wren Castellane last week, we are pleased to invite you to a final interview on Friday.',
      ),
    ).toEqual([]);
  });

  it("resolves no short name to the writer's own", () => {
    const signed = { ...context, sender: { name: 'Jenny Kim', email: 'jenny.kim@example.com' } };
    const text =
      'It will be a Zoom call with Dr. Kim, our Medical Director.\n\nJenny Kim\nHR Coordinator';
    expect(findInterviewers(text, [], signed).interviewers).toEqual([
      { name: 'Dr. Kim', email: null },
    ]);
  });

  it('carries over nobody the latest message says is away, or only copies, or asks a question of', () => {
    const panel = [
      { name: 'Kunal Bhosle', email: null },
      { name: 'Will Harper', email: null },
    ];
    expect(carriedOver(panel, 'Kunal is on leave that week. Will you need parking?', null)).toEqual(
      [],
    );
    expect(carriedOver(panel, 'Kunal is copied here for visibility.', null)).toEqual([]);
  });

  it('drops nobody who comes along with the newcomer', () => {
    const panel = [{ name: 'Arvind Pillay', email: null }];
    const latest = [{ name: 'Daniel Kwok', email: null }];
    const text = 'Instead of the office, Arvind and Daniel Kwok will meet you on Zoom.';
    expect(joinPanels(panel, latest, text).map((person) => person.name)).toEqual([
      'Daniel Kwok',
      'Arvind Pillay',
    ]);
  });
});

describe('panels as mail from more places lays them out', () => {
  it('reads a numbered table with pipes under its label ("No. | Name | Designation")', () => {
    const table = [
      'Interview Panel:',
      'No. | Name                 | Designation',
      '1   | Mr. Tan Boon Huat    | Senior Manager, Test Engineering',
      '2   | Ms. Kavitha Raman    | Principal Engineer, Product Test',
      '',
      'Kindly prepare the following:',
    ].join('\n');
    expect(names(table)).toEqual(['Tan Boon Huat', 'Kavitha Raman']);
  });

  it('reads a panel that "will remain the same" after a move', () => {
    const moved = [
      'The panel will remain the same:',
      '• Erlend Lindqvist, Water Resources Manager',
      '• Dr. Yetunde Achike, Senior Hydrologist',
    ].join('\n');
    expect(names(moved)).toEqual(['Erlend Lindqvist', 'Yetunde Achike']);
  });

  it('skips the organiser in a guest list, as British mail spells it', () => {
    const guests = ['Guests', 'Lerato Mahlangu - organiser', 'Ruan du Plessis', 'Naledi Dube'].join(
      '\n',
    );
    expect(names(guests)).toEqual(['Ruan du Plessis', 'Naledi Dube']);
  });
});

describe('signerOf', () => {
  it('is who signs, with the address the signature gives', () => {
    const text = [
      'Hi Alex,',
      'We would love to move you to a video interview with Siobhan Kerrigan and me.',
      'Cheers,',
      'Cal',
      'Callum Rooke',
      'Talent Partner | Ropewalk Goods',
      'callum.rooke@ropewalk.example',
    ].join('\n');
    const from = { name: 'Ropewalk Goods', email: 'ropewalk@ats.example' };
    expect(signerOf(text, 'Ropewalk Goods', from)).toEqual({
      name: 'Callum Rooke',
      email: 'callum.rooke@ropewalk.example',
    });
    expect(signerOf('Thanks,\nThe Ropewalk Goods team', 'Ropewalk Goods', from)).toBeNull();
  });

  it('is who signs with letters after the name, which are no part of it', () => {
    const from = { name: 'Larchmont Health Talent Acquisition', email: 'noreply@ats.example' };
    const signed = (line: string) =>
      signerOf(
        `I will call you then.\n\n${line}\nNurse Recruiter | Talent Acquisition\nLarchmont Health\nmaeve.oduya@larchmont.example`,
        'Larchmont Health',
        from,
      );
    const maeve = { name: 'Maeve Oduya', email: 'maeve.oduya@larchmont.example' };
    // The name and title a paragraph apart from the employer's address and number.
    const apart = signerOf(
      'I will call you then.\n\nMaeve Oduya\nNurse Recruiter\n\nLarchmont Health\n1200 Main Street, Eau Claire, WI 54701\n(715) 555-0193',
      'Larchmont Health',
      from,
    );
    expect(apart?.name).toBe('Maeve Oduya');
    expect(signed('Maeve Oduya, BSN, RN')).toEqual(maeve);
    expect(signed('Maeve Oduya, PhD')).toEqual(maeve);
    expect(signed('Maeve Oduya MSc, CIPD')).toEqual(maeve);
    // A surname's inner capital is no degree.
    expect(signed('Ronan McDonald')?.name).toBe('Ronan McDonald');
  });
});

// A writer whose Cc names two colleagues.
const reefPanel = (text: string) =>
  findInterviewers(text, [], {
    ...context,
    sender: { name: 'Tahnee Burke', email: 'tahnee@reef.example' },
    directory: [
      { name: 'Mick Farrelly', email: 'mick@reef.example' },
      { name: 'Leilani Watene', email: 'leilani@reef.example' },
    ],
  }).interviewers.map((person) => person.name);

describe('colleagues the headers name, listed by first name', () => {
  const read = reefPanel;

  it('are the panel, with the writer where the list says "me"', () => {
    expect(read("It'll still be the three of us on Zoom - me, Mick and Leilani.")).toEqual([
      'Tahnee Burke',
      'Mick Farrelly',
      'Leilani Watene',
    ]);
    expect(
      read('Mick (our owner), Leilani (Digital Marketing Lead) and I would love to chat with you.'),
    ).toEqual(['Mick Farrelly', 'Leilani Watene', 'Tahnee Burke']);
  });

  it('are nobody in a sentence about something else', () => {
    expect(read('Mick and Leilani send their thanks for the flowers.')).toEqual([]);
  });
});

describe('one who will now join', () => {
  it('is on the panel', () => {
    expect(
      names(
        'It is still a one-hour Webex with Janelle, and Marcus Leeming from our Fraud team will now join her as well.',
      ),
    ).toEqual(['Marcus Leeming']);
  });
});

describe('what the first-name and greeting rules must not take', () => {
  const read = reefPanel;

  it('reads no writer into "members" or "Ian", and no greeters or helpers into the panel', () => {
    expect(read('Mick and members of his team will interview you.')).not.toContain('Tahnee Burke');
    expect(read('Mick and Leilani will meet you at reception.')).toEqual([]);
    expect(
      read(
        "I've copied Mick and Leilani from our admin team, who can help if the Zoom link gives you any trouble.",
      ),
    ).toEqual([]);
  });

  it('keeps one who interviews in a room near reception', () => {
    expect(names('Mick Farrelly will interview you in the boardroom next to reception.')).toEqual([
      'Mick Farrelly',
    ]);
  });
});

describe('a Spanish name of two given names, a surname and particles', () => {
  it("is one person, whole, after a sentence's opening adverb too", () => {
    expect(names('Then Juan Carlos de la Vega will interview you.')).toEqual([
      'Juan Carlos de la Vega',
    ]);
  });

  it('is one person, whole', () => {
    expect(
      names('You will meet María José Fernández de la Vega and Íñigo Arrieta Zubizarreta.'),
    ).toEqual(['María José Fernández de la Vega', 'Íñigo Arrieta Zubizarreta']);
  });
});

describe('a panel as mail from outside the English-speaking world lists it', () => {
  it('reads a bulleted label, "+" items, "will be present:" and a doctorate\'s field', () => {
    expect(
      names(
        '- Format: Zoom\n- Interviewers:\n   + Mr. Nguyen Hoang Long - Delivery Director\n   + Ms. Pham Thi Mai - Head of ANZ Accounts',
      ),
    ).toEqual(['Nguyen Hoang Long', 'Pham Thi Mai']);
    expect(
      names(
        'On the meeting will be present:\n   - Tomasz Wiśniewski - Team Leader .NET\n   - Agnieszka Kowalczyk-Nowak - Solution Architect',
      ),
    ).toEqual(['Tomasz Wiśniewski', 'Agnieszka Kowalczyk-Nowak']);
    expect(
      names(
        'Your interview partners:\n  * Dr. med. Matthias Kälin, VP Clinical Affairs\n  * Dr.-Ing. Jonas Weber, Head of R&D',
      ),
    ).toEqual(['Matthias Kälin', 'Jonas Weber']);
  });
});

describe('an owner who asks the candidate to come by', () => {
  it('is the one they meet, with nobody else named', () => {
    const owner = { ...context, sender: { name: 'Dale Kowalczyk', email: 'dale@shop.example' } };
    expect(
      findInterviewers(
        'Can you come by the shop on Thursday at 2 for a half hour talk?',
        [],
        owner,
      ).interviewers.map((person) => person.name),
    ).toEqual(['Dale Kowalczyk']);
    // Not a coordinator who asks them in for the team.
    const coordinator = {
      ...context,
      sender: { name: 'Erin Walsh', email: 'erin@shop.example' },
    };
    expect(
      findInterviewers(
        'Could you come in on Thursday at 2pm for an interview with the hiring team?\n\nErin Walsh\nTalent Acquisition Coordinator',
        [],
        coordinator,
      ).interviewers,
    ).toEqual([]);
  });
});

describe('a writer thanked for a call already had', () => {
  it('is not met again ("Thanks for speaking with me. Bill Tanaka would like to meet you")', () => {
    const writer = { ...context, sender: { name: 'Rosa Imbert', email: 'rosa@grain.example' } };
    const read = (text: string) => [
      ...new Set(interviewersFromText(text, writer).map((p) => p.name)),
    ];
    expect(
      read('Thanks for speaking with me. Bill Tanaka would like to meet you on Tuesday.'),
    ).toEqual(['Bill Tanaka']);
    expect(read('You will be speaking with me and Bill Tanaka on Tuesday.')).toEqual([
      'Rosa Imbert',
      'Bill Tanaka',
    ]);
  });
});

describe('one who joins too', () => {
  it('joins the writer, unless the writer signs as one who schedules', () => {
    const owner = {
      ...context,
      sender: { name: 'Fern Castillo', email: 'fern@canyon.example' },
      directory: [{ name: 'Walt Henning', email: 'walt@canyon.example' }],
    };
    const text =
      "I've set up a Zoom for Tuesday morning. Walt (my business partner, cc'd) will join too.\n\nTalk soon,\nFern\n\nFern Castillo | Owner";
    expect(findInterviewers(text, [], owner).interviewers.map((p) => p.name)).toEqual([
      'Fern Castillo',
      'Walt Henning',
    ]);
    // Where they work between the name and the verb, and the verb wrapped onto the next line.
    const wrapped = text.replace(
      "Walt (my business partner, cc'd) will join too.",
      'Walt from our estimating team will\njoin too.',
    );
    expect(findInterviewers(wrapped, [], owner).interviewers.map((p) => p.name)).toEqual([
      'Fern Castillo',
      'Walt Henning',
    ]);
    const coordinator = text.replace('| Owner', '| Recruiting Coordinator');
    expect(findInterviewers(coordinator, [], owner).interviewers.map((p) => p.name)).toEqual([
      'Walt Henning',
    ]);
  });

  it('is one copied in who greets the candidate and then interviews them', () => {
    const owner = {
      ...context,
      sender: { name: 'Fern Castillo', email: 'fern@canyon.example' },
      directory: [{ name: 'Walt Henning', email: 'walt@canyon.example' }],
    };
    const text =
      "Thursday at 3pm it is. I've cc'd Walt, who will meet you at reception and then run the technical interview with me.";
    expect(findInterviewers(text, [], owner).interviewers.map((p) => p.name)).toContain(
      'Walt Henning',
    );
  });

  it('is a colleague beside the writer, or after the writer\'s title for them ("my co-founder Ife")', () => {
    const founder = {
      ...context,
      sender: { name: 'Fern Castillo', email: 'fern@canyon.example' },
      directory: [{ name: 'Ife Adeyemi', email: 'ife@canyon.example' }],
    };
    const people = (text: string) =>
      findInterviewers(text, [], founder).interviewers.map((person) => person.name);
    expect(people('Thursday 23rd at 3pm it is! Ife and I will both be there.')).toEqual([
      'Ife Adeyemi',
      'Fern Castillo',
    ]);
    // A given name that is also a town's (Ife, Nigeria) is a person's after a person's title.
    expect(
      people("Could you do Thursday at 3pm? It will be me and my co-founder Ife (cc'd)."),
    ).toEqual(['Fern Castillo', 'Ife Adeyemi']);
    // Not after words that name no person: "our team in Leeds".
    expect(people('Could you do Thursday at 3pm? You will meet me and our team in Leeds.')).toEqual(
      ['Fern Castillo'],
    );
  });

  it('is one copied in by given name whom the next sentence brings, named as the Cc line names them', () => {
    const owner = {
      ...context,
      sender: { name: 'Fern Castillo', email: 'fern@canyon.example' },
      directory: [{ name: 'Walt Henning', email: 'walt@canyon.example' }],
    };
    const people = (text: string) =>
      findInterviewers(`${text}\n\nFern\n\nFern Castillo | Owner`, [], owner).interviewers;
    for (const text of [
      "Wednesday at 10 it is. I've cc'd Walt, our estimator. He'll join for the last 15 minutes.",
      "Wednesday at 10 it is. I've copied in Walt, my business partner - he'll sit in for the second half.",
    ])
      expect(people(text), text).toEqual([
        { name: 'Fern Castillo', email: null },
        { name: 'Walt Henning', email: 'walt@canyon.example' },
      ]);
    // Copied for the record, to greet at the door, or a copy the next words do not bring.
    for (const text of [
      "Wednesday at 10 it is. I've copied Walt for visibility.",
      "Wednesday at 10 it is. I've cc'd Walt. The office will send the parking details.",
      "Wednesday at 10 it is. I've cc'd Walt, our office manager, who will meet you at reception.",
      "Wednesday at 10 it is. I've looped in Walt. He will meet you in the lobby and bring you up.",
    ])
      expect(
        people(text).map((person) => person.name),
        text,
      ).not.toContain('Walt Henning');
  });
});

describe('a list announced at the end of a line that gave the time first', () => {
  // The sentence before the label holds a clock ("2:30"), whose colon is not the label's.
  it('reads the people under "You will be meeting with:" and "The panel will be:"', () => {
    expect(
      names(
        [
          'Your interview is on Tuesday at 10:30 AM CT. You will be meeting with:',
          '',
          '- Leona Castellanos-Ruiz, Regional Director',
          '- Tom Becker, Branch Operations',
        ].join('\n'),
      ),
    ).toEqual(['Leona Castellanos-Ruiz', 'Tom Becker']);
    expect(
      names(
        [
          'We would like to invite you to interview on Thursday 11 March at 14:00. The panel will be:',
          '',
          'Marcus Adeyemi – Head of Finance',
          'Joanne Pryce – Senior Accountant',
        ].join('\n'),
      ),
    ).toEqual(['Marcus Adeyemi', 'Joanne Pryce']);
  });

  it('takes nobody from a sentence that ends in a colon but announces no people', () => {
    expect(
      names(
        [
          'Your interview is at 10:30 AM. Please bring the following with you:',
          '- Photo ID',
          '- Proof of Address',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('takes nobody from a list of whom to contact', () => {
    for (const label of [
      'Your interview is on Tuesday at 10:30 AM. If anything comes up, please get in touch with:',
      'If you have any questions on the day, you can reach:',
    ])
      expect(names(`${label}\nJamie Ortiz, IT Helpdesk\nSam Lee, Reception`), label).toEqual([]);
  });

  it('reads on past a clock written "p.m." to the people the sentence names', () => {
    for (const text of [
      "Sadly the client has paused hiring, so tomorrow's 2pm onsite in Bayonne with Imogen Farrah and Tobias Quayle is off.",
      'The works manager has your CV, and Imogen Farrah would very much like to meet you; Tobias Quayle will join.',

      'We look forward to your video interview on Thursday, March 18 at 1:30 p.m. with Imogen Farrah and Tobias Quayle.',
      'Your panel is at 10:15 a.m. Pacific (1:15 p.m. Eastern) with Imogen Farrah and Tobias Quayle.',
    ])
      expect(names(text), text).toEqual(['Imogen Farrah', 'Tobias Quayle']);
    const text = 'Your interview is at 2 p.m. Please bring photo ID.';
    expect(sentenceOf(text, text.indexOf('Please')).trim()).toBe('Please bring photo ID.');
  });

  it('reads one asked to join or brought along, named in full, and no one else', () => {
    for (const text of [
      'Imogen Farrah will lead it, and she has also asked Tobias Quayle, our site accountant (copied), to join for the second half.',
      "Imogen Farrah will interview you; I'll bring along Tobias Quayle, who I've copied in.",
    ])
      expect(names(text), text).toEqual(['Imogen Farrah', 'Tobias Quayle']);
    for (const text of [
      "I'll bring the offer paperwork Tom Ruiz in Payroll prepared, in case it goes well.",
      "I will bring Marta Diaz's parking pass down to the lobby for you.",
      'Dana has asked me to join for the first five minutes to introduce you.',
      'Tom Ruiz has asked Priya Nair from Payroll to join you in reception and walk you up.',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads a label that asks whom the candidate meets ("Who you\'ll meet:")', () => {
    for (const label of [
      'Interviewing:',
      'Interviewing you:',
      "Who you'll meet:",
      'Who you will be meeting:',
      "Who you're meeting with:",
      "Who you'll be speaking with:",
    ]) {
      expect(
        names(`${label} Imogen Farrah (Plant Manager) and Tobias Quayle (Shift Lead)`),
        label,
      ).toEqual(['Imogen Farrah', 'Tobias Quayle']);
      expect(
        names(`${label}\n- Imogen Farrah, Plant Manager\n- Tobias Quayle, Shift Lead`),
        label,
      ).toEqual(['Imogen Farrah', 'Tobias Quayle']);
    }
  });

  it('reads one panel member named singly ("Panelist:", "Panel member:")', () => {
    for (const label of ['Panelist:', 'Panel member:', 'Interview panelist:'])
      expect(names(`${label} Ms. Imogen Farrah (Plant Manager)`), label).toEqual(['Imogen Farrah']);
  });

  it('reads one named after their title, beside the writer ("with me and our Programme Head, A")', () => {
    const writer = { ...context, sender: { name: 'Sudha Basak', email: 'sudha@example.org' } };
    const people = (text: string) => [
      ...new Set(interviewersFromText(text, writer).map((person) => person.name)),
    ];
    expect(
      people('It will be an informal conversation with me and our Programme Head, Imogen Farrah.'),
    ).toEqual(['Sudha Basak', 'Imogen Farrah']);
    expect(people('You will meet the Department Head, Imogen Farrah, on the day.')).toEqual([
      'Imogen Farrah',
    ]);
    // A title before a name in a sentence about something else names no interviewer.
    expect(people('Our Programme Head, Imogen Farrah, wrote the brief you read.')).toEqual([]);
  });

  it('reads each person of a line whose titles follow a dash ("A - Title, and B - Title")', () => {
    for (const text of [
      'Who: Imogen Farrah - Plant Manager, and Tobias Quayle - Shift Lead',
      'Panel: Imogen Farrah – Plant Manager and Tobias Quayle – Shift Lead',
      'You will meet Imogen Farrah - Plant Manager, and Tobias Quayle - Shift Lead.',
    ])
      expect(names(text), text).toEqual(['Imogen Farrah', 'Tobias Quayle']);
    // A title after a dash may hold a comma: the words after it are still the title's.
    expect(names('Panel: Imogen Farrah - Team Leader, Resource Consents')).toEqual([
      'Imogen Farrah',
    ]);
  });
});

describe("a panel's table as Outlook's plain text lays it out", () => {
  it('reads the name column under a header of short cells, with cells padded by spaces', () => {
    const table = [
      'Interview panel',
      'Role on panel   Name    Position',
      'Convenor        Dr Felicity Marsh       Director Clinical Governance',
      'Panel member    Aaron Tuivaga   Manager Patient Safety & Quality',
    ].join('\n');
    expect(names(table)).toEqual(['Felicity Marsh', 'Aaron Tuivaga']);
  });
});

describe('given names that end as nouns do', () => {
  it('are names all the same: "Felicity", "Clement", Chinese syllables', () => {
    expect(names('You will meet Felicity Marsh and Clement Dupont.')).toEqual([
      'Felicity Marsh',
      'Clement Dupont',
    ]);
    expect(names('You will meet Yu-Ting Chen and Ming Zhao.')).toEqual([
      'Yu-Ting Chen',
      'Ming Zhao',
    ]);
  });

  it('leave teams and functions out', () => {
    expect(names('You will be meeting with Security Operations and Recruiting Team.')).toEqual([]);
  });
});

describe('forms of address from Thailand, India, Malaysia and Nigeria', () => {
  it('are no part of the name', () => {
    expect(names('You will meet Khun Nattapong Srisawat and Smt. Lakshmi Rao.')).toEqual([
      'Nattapong Srisawat',
      'Lakshmi Rao',
    ]);
    expect(names('You will meet Shri Anil Kumar, Chief Engineer.')).toEqual(['Anil Kumar']);
  });
});

describe('peopleTheNoteNames', () => {
  const mail = [
    'Would Tuesday at 3 work? I will have Jenny Thao, our operations lead, join as well.',
    'Doug',
    '--',
    'Doug Brandt',
    'Transportation Manager',
  ].join('\n');
  const withDoug = {
    ...context,
    directory: [{ name: 'Doug Brandt', email: 'dbrandt@granite.example' }],
  };

  it('is whom the note meets, named in full as the mail names them', () => {
    expect(peopleTheNoteNames('Tues 4:15 w/ Doug + Jenny (moved from 3)', mail, withDoug)).toEqual([
      { name: 'Doug Brandt', email: 'dbrandt@granite.example' },
      { name: 'Jenny Thao', email: null },
    ]);
    expect(peopleTheNoteNames('video call with Jenny Thao', mail, withDoug)).toEqual([
      { name: 'Jenny Thao', email: null },
    ]);
  });

  it('leaves out a name the mail does not hold, or holds for two people', () => {
    expect(peopleTheNoteNames('interview with Granite', mail, withDoug)).toEqual([]);
    // The employer's name, though the mail holds a street of that name.
    const street = { ...withDoug, company: 'Granite City Logistics' };
    expect(
      peopleTheNoteNames('Zoom w/ Granite team', `${mail}\n4120 Granite Drive`, street),
    ).toEqual([]);
    const twoSams = 'You will meet Sam Lee and Sam Ortiz.';
    expect(peopleTheNoteNames('w/ Sam', twoSams, context)).toEqual([]);
    expect(peopleTheNoteNames('Tuesday 3pm, see below', mail, withDoug)).toEqual([]);
    // Whom the user talks to about it, not whom they meet.
    expect(peopleTheNoteNames('Will check with Doug but logging it', mail, withDoug)).toEqual([]);
    expect(peopleTheNoteNames('Confirmed with Jenny for Thursday', mail, withDoug)).toEqual([]);
  });
});

describe("the user's note names whom they meet", () => {
  // An agency recruiter confirms a client's panel, says she will be on the call too and offers a
  // prep call of her own; the user's note says whom the interview is with.
  const recruiterMail = [
    'Hi Priya,',
    '',
    'Great news - Lakeshore Polymers would like to interview you for the Process Engineer role.',
    "You're confirmed for Wednesday, April 14 at 11:00 AM CT, on Teams, for an hour. Dev Malhotra",
    '(Plant Manager), Anika Strand (Quality Lead) and I will be on the call.',
    '',
    "I'll call you tomorrow at 9 for a quick prep call.",
  ];
  const forward = (note: string, mail = recruiterMail) =>
    Buffer.from(
      [
        'From: Priya Nair <priya.n@example.org>',
        'To: interviews@followup.example.com',
        'Date: Mon, 12 Apr 2027 09:10:00 -0500',
        'Subject: Fwd: Process Engineer - Lakeshore Polymers',
        'Content-Type: text/plain; charset=UTF-8',
        '',
        note,
        '',
        '---------- Forwarded message ---------',
        'From: Marisol Vega <mvega@brightpath-staffing.example>',
        'Date: Mon, Apr 12, 2027 at 8:47 AM',
        'Subject: Process Engineer - Lakeshore Polymers',
        'To: Priya Nair <priya.n@example.org>',
        '',
        ...mail,
        '',
        'Marisol Vega',
        'Senior Recruiter, BrightPath Staffing',
        '',
      ].join('\r\n'),
    );
  const readingOf = async (note: string, mail?: string[]) =>
    (await understandMessage(forward(note, mail), { defaultTimezone: 'America/Chicago' })).reading;
  const panel = async (note: string) => {
    const reading = await readingOf(note);
    return { names: reading.interview?.interviewers.map((p) => p.name), source: reading.sources };
  };

  it('is the panel, in the full names the mail gives, and its source is the note', async () => {
    const read = await panel('Weds 11 w/ Dev + Anika. The prep call tomorrow is just Marisol.');
    expect(read.names).toEqual(['Dev Malhotra', 'Anika Strand']);
    expect(read.source?.interviewers).toBe('user-note');
  });

  it('is no panel when the note speaks of a call before it, or of one that is over', async () => {
    for (const note of [
      'Had a quick call with Dev & Anika yesterday, all good.',
      'Prep call with Dev and Anika on Tuesday at 4.',
    ])
      expect((await panel(note)).names).toEqual(['Dev Malhotra', 'Anika Strand', 'Marisol Vega']);
  });

  it('names the people of a mail that names no panel, from any sentence of the note', async () => {
    const reading = await readingOf('Had a call with Dev & Anika on Friday, all good.', [
      "You're confirmed for Wednesday, April 14 at 11:00 AM CT. Dev Malhotra and Anika Strand",
      'look forward to it.',
    ]);
    expect(reading.interview?.interviewers.map((p) => p.name)).toEqual([
      'Dev Malhotra',
      'Anika Strand',
    ]);
    expect(reading.sources?.interviewers).toBe('user-note');
    expect(reading.confidence?.interviewers).toBeGreaterThanOrEqual(0.8);
  });

  it('joins one name the note calls the application by to the mail’s panel', async () => {
    const read = await panel('Interview with Dev at Lakeshore on Weds');
    expect(read.names).toEqual(['Dev Malhotra', 'Anika Strand', 'Marisol Vega']);
    expect(read.source?.interviewers).toBe('prose');
  });

  it('leaves the mail’s panel alone when the note names nobody', async () => {
    const read = await panel('Wednesday 11am, fingers crossed');
    expect(read.names).toEqual(['Dev Malhotra', 'Anika Strand', 'Marisol Vega']);
    expect(read.source?.interviewers).toBe('prose');
  });
  it('puts one the note says steps in where the one they replace was', async () => {
    for (const [note, names] of [
      [
        'fyi Marisol rang - Ifeoma Clarke is covering for Anika, same time.',
        ['Dev Malhotra', 'Ifeoma Clarke', 'Marisol Vega'],
      ],
      [
        "Dev is off sick so I'll be meeting Ifeoma Clarke (the site director) instead.",
        ['Ifeoma Clarke', 'Anika Strand', 'Marisol Vega'],
      ],
    ] as const) {
      const read = await panel(note);
      expect(read.names, note).toEqual(names);
      expect(read.source?.interviewers, note).toBe('user-note');
    }
    // "Instead" of a time, said with one of the panel, changes nobody.
    const moved = await panel('They want Thursday instead, still with Dev and Anika.');
    expect(moved.names).toEqual(['Dev Malhotra', 'Anika Strand', 'Marisol Vega']);
  });
});

describe('panelSwapInNote', () => {
  const panel = [
    { name: 'Rob Hale', email: null },
    { name: 'Anna Berg', email: null },
  ];
  const mail = 'Your panel: Rob Hale and Anna Berg. Questions to Tess Marr in our people team.';
  it('takes out whom the note replaces and puts in a full name, or a given name the mail holds', () => {
    expect(panelSwapInNote('Tess Marr replaces Anna, fyi.', panel, mail, context)).toEqual({
      out: [panel[1]],
      in: [{ name: 'Tess Marr', email: null }],
    });
    expect(panelSwapInNote('Tess is standing in for Rob.', panel, mail, context)).toEqual({
      out: [panel[0]],
      in: [{ name: 'Tess Marr', email: null }],
    });
    expect(
      panelSwapInNote("Rob's off sick, so it'll be Mei Lin Chua instead.", panel, mail, context),
    ).toEqual({ out: [panel[0]], in: [{ name: 'Mei Lin Chua', email: null }] });
    // A day, a title or a place after the name is none of it.
    for (const note of [
      "Rob's off sick so I'm meeting Tess Marr Thursday instead.",
      'Rob is away so Tess Marr Head of Sales is doing it instead.',
      "Rob's off so Tess Marr Leeds office instead.",
    ])
      expect(panelSwapInNote(note, panel, mail, context)?.in, note).toEqual([
        { name: 'Tess Marr', email: null },
      ]);
  });

  it('makes no change it cannot place: nobody out, nobody new, or a swap not made', () => {
    expect(panelSwapInNote("I'll meet Omar Diaz instead.", panel, mail, context)).toBeNull();
    const one = [{ name: 'Rob Hale', email: null }];
    for (const note of [
      'Tess said Thursday instead, same time.',
      'I asked Tess if we could do it on Teams instead.',
      'Canary Wharf office instead of Bank, same time.',
      'Last round Rob was off sick so I met Tess Marr instead.',
      'Rob is off today; Tess Marr might stand in instead.',
    ])
      expect(panelSwapInNote(note, one, mail, context), note).toBeNull();
    expect(
      panelSwapInNote('Anna instead of Rob for the first half.', panel, mail, context),
    ).toBeNull();
    expect(panelSwapInNote('Friday instead of Thursday.', panel, mail, context)).toBeNull();
  });
});

describe('a list of the people met, however its items are joined', () => {
  it('goes on after "and then", "followed by" or "then"', () => {
    for (const join of [', and then', ', followed by', ', then', ' and then', ', and afterwards'])
      expect(
        names(`Who: Odile Marchetti, Head of Payroll (hiring manager)${join} Teodor Basescu, CFO`),
        join,
      ).toEqual(['Odile Marchetti', 'Teodor Basescu']);
  });

  it("goes on past a title that holds a comma itself, to the next person after 'and'", () => {
    for (const line of [
      'Panel: Odile Marchetti, Director, Payroll Operations, and Teodor Basescu, Finance Lead',
      'You will meet Odile Marchetti, Manager, Treasury and Tax, and Teodor Basescu.',
    ])
      expect(names(line), line).toEqual(['Odile Marchetti', 'Teodor Basescu']);
    // A title's second part is nobody ("Payroll Operations"), and one person stays one.
    expect(names('Who: Odile Marchetti, Director, Payroll Operations')).toEqual([
      'Odile Marchetti',
    ]);
  });

  it('reads the people under a sentence that says who conducts, leads or chairs it', () => {
    for (const lead of [
      'The interview will last about an hour and will be conducted by:',
      'The session will be led by:',
      'The panel will be chaired by:',
    ]) {
      const text = `${lead}\n\n•         Odile Marchetti, Head of Payroll\n•         Teodor Basescu, Finance Business Partner\n\nPlease bring photo ID.`;
      expect(names(text), lead).toEqual(['Odile Marchetti', 'Teodor Basescu']);
    }
    // A sentence about who greets or contacts the candidate lists nobody met.
    expect(
      names('On arrival you will be met by:\n\n•   Odile Marchetti, Reception Manager\n'),
    ).toEqual([]);
  });
});

describe('a bilingual heading', () => {
  it('reads the people under or after the heading written in two languages', () => {
    for (const heading of ['■ 면접관 / Interviewers', 'Interviewers / 面接官', 'Panel / Jury']) {
      const text = `${heading}\n  - Seo Ji-woo (서지우), Team Leader, Anode Materials\n  - Dr. Farrah Lund, Director\n`;
      expect(names(text), heading).toEqual(['Seo Ji-woo', 'Farrah Lund']);
    }
    expect(
      names('面接官 / Interviewers: Seo Ji-woo (Team Leader), Farrah Lund (Director)'),
    ).toEqual(['Seo Ji-woo', 'Farrah Lund']);
  });
});

describe('a schedule block of a session and its panel', () => {
  it('reads each person on a line of their own under the session', () => {
    const text = [
      'Tuesday, 03/16/2027',
      '',
      '9:00 AM - 10:00 AM',
      'Architecture Deep Dive: Event Sourcing',
      'Ingrid Solberg - Staff Engineer, Ledger Platform',
      'Tomasz Wrona - Senior Engineer',
      'Join Teams: https://teams.example/l/meetup-join/123',
    ].join('\n');
    expect(names(text)).toEqual(['Ingrid Solberg', 'Tomasz Wrona']);
  });

  it("reads a row's one person whose title holds capitalised words and commas", () => {
    const text = [
      'Your schedule:',
      '1:00 PM - 1:45 PM  Ingrid Solberg, Director, Commercial Lines Underwriting',
      '1:45 PM - 2:30 PM  Tomasz Wrona, Underwriting Manager, Marine Cargo',
    ].join('\n');
    expect(names(text)).toEqual(['Ingrid Solberg', 'Tomasz Wrona']);
  });
});

describe('Austrian and German academic titles', () => {
  it('are no part of the name under a heading', () => {
    const text =
      'Your interviewers:\nDI Lukas Hofbauer, Head of Powertrain Testing\nMag. Sabine Kogler, Head of Quality\nDr. Emre Aydın, Lead Engineer\n';
    expect(names(text)).toEqual(['Lukas Hofbauer', 'Sabine Kogler', 'Emre Aydın']);
  });
});

describe('the writer who already had a call with the candidate', () => {
  it('is not met again for that call', () => {
    const writer = { ...context, sender: { name: 'Greta Maier', email: 'greta@example.com' } };
    const text =
      'Thank you for the pleasant first call with me last Tuesday. We would now like to invite you to a technical interview with Lukas Hofbauer on Monday at 10:00.';
    expect([...new Set(interviewersFromText(text, writer).map((person) => person.name))]).toEqual([
      'Lukas Hofbauer',
    ]);
  });
});

describe('what the fourteenth review found', () => {
  it('goes on to the next person after a title of two parts and "and then"', () => {
    for (const line of [
      'Panel: Odile Marchetti, Director, Finance and then Teodor Basescu, Controller',
      'Panel: Odile Marchetti, Manager, Tax & Treasury then Teodor Basescu',
    ])
      expect(names(line), line).toEqual(['Odile Marchetti', 'Teodor Basescu']);
  });
  it('takes nobody from what a car park or a visit is "run by" or "hosted by"', () => {
    expect(names('Parking is run by:\n- Wilson Parking Ltd\n')).toEqual([]);
  });
});
