// The employer's name: the phrase its domain spells (marks, an ampersand written out, initials of
// a name that says what it is), and the shorter form the mail writes on its own.
import { describe, expect, it } from 'vitest';
import {
  clientOfAgency,
  employerOnBehalf,
  findCompany,
  findCompanyByPhrase,
  organisationLabel,
  runOfInitials,
  shortFormOf,
  signedEmployer,
} from '../../../functions/core/understand/details.ts';

describe('findCompany', () => {
  it.each([
    ['Regards, Marta\nŻuraw Games S.A.', 'zurawgames', 'Żuraw Games'],
    ['Design Director, Fern & Fable', 'fernandfable', 'Fern & Fable'],
    ['HR Officer\nNorth Highland University', 'nhu', 'North Highland University'],
    ['Lars Bøgh\nNordhavn Wind A/S | Kalvebod Brygge', 'nordhavnwind', 'Nordhavn Wind'],
    // Legal forms of other countries go as "Ltd" does.
    ['Gestión Humana | Cafetal Sur S.A.S.', 'cafetalsur', 'Cafetal Sur'],
    ['Atenciosamente,\nRio Claro Têxtil Ltda.', 'rioclaro', 'Rio Claro Têxtil'],
    ['Vinos Altamira S.L.\nLogroño', 'vinosaltamira', 'Vinos Altamira'],
    ['Pražská Optika s.r.o.', 'prazskaoptika', 'Pražská Optika'],
    ['Okta Puit OÜ, Tartu', 'oktapuit', 'Okta Puit'],
    ['Daugava Kuģi SIA | Rīga', 'daugavakugi', 'Daugava Kuģi'],
    ['Nemunas Logistika UAB', 'nemunaslogistika', 'Nemunas Logistika'],
    ['Brandt & Söhne KG', 'brandtsohne', 'Brandt & Söhne'],
    // Malaysia's Berhad, Egypt's S.A.E., an Australian company's ABN after its name.
    ['Regards,\nSungai Latex Products Berhad (123456-K)', 'sungailatex', 'Sungai Latex Products'],
    ['Nile Delta Textiles S.A.E', 'niledelta', 'Nile Delta Textiles'],
    // The Faroes' P/F and Sp/F.
    ['Regards,\nNorðlax P/F\nKlaksvík', 'nordlax', 'Norðlax'],
    ['Regards,\nCoral Bay Insurance Limited ABN 12 345 678 901', 'coralbay', 'Coral Bay Insurance'],
    // A legal form with its stop ends the name, before a footer's next capitalised word.
    [
      'Lough Swilly Surveys Ltd. Registered in Ireland No. 512883. Registered office: Letterkenny.',
      'loughswilly',
      'Lough Swilly Surveys',
    ],
    // A run led by the domain's initials is a place of the organisation they stand for.
    [
      'Please come to the SATA Administrative Offices.\nBrittany Fenstermacher\nSusquehanna Area Transit Authority',
      'sata-transit',
      'Susquehanna Area Transit Authority',
    ],
    // A legal form spelled out, ending the disclaimer's sentence.
    [
      'Midland Traction Systems Limited. Registered in England and Wales.',
      'midlandtraction',
      'Midland Traction Systems',
    ],
    // The domain spells the place an organisation's name ends with.
    [
      'Human Resources\nUniversity of the Riverina | Wagga Wagga',
      'riverina',
      'University of the Riverina',
    ],
    ['Talent team, Bank of Tasmania', 'tasmania', 'Bank of Tasmania'],
    // The domain spells a short form of the legal name on its own line.
    [
      'Camila Fuentes\nMinera Cordillera Norte SpA\nSantiago',
      'cordilleranorte',
      'Minera Cordillera Norte',
    ],
    ['Thanks,\nRia\nGrupo Altavista S.A.', 'altavista', 'Grupo Altavista'],
    // German and Nordic domains spell marked letters out.
    ['Mit freundlichen Grüßen\nBrandt & Söhne KG', 'brandt-soehne', 'Brandt & Söhne'],
    ['Venlig hilsen\nMøller Kaas\nAalborg', 'moellerkaas', 'Møller Kaas'],
    ['Harrow Keane LLP | London', 'harrowkeane', 'Harrow Keane'],
    ['Talent Team\nCorniche Media W.L.L.\nDoha, Qatar', 'corniche-media', 'Corniche Media'],
    // The Gulf's shareholding companies: Bahrain's B.S.C., Qatar's Q.P.S.C., Oman's S.A.O.G.
    [
      'Talent Team\nMuharraq Trust Bank B.S.C.\nManama, Bahrain',
      'muharraqtrust',
      'Muharraq Trust Bank',
    ],
    ['Regards,\nDhofar Cement S.A.O.G.', 'dhofarcement', 'Dhofar Cement'],
    // Kuwait's closed shareholding company, K.S.C.C.
    [
      'Best regards,\nSalmiya Freight Holding K.S.C.C.\nKuwait City',
      'salmiyafreight',
      'Salmiya Freight Holding',
    ],
    // A degree after a name is no legal form.
    ['Kind regards,\nPriya Nair BSc\nRecruitment Officer', 'meridianhealth', 'Meridianhealth'],
    // A domain of the first word's initial and the rest spelled out.
    [
      'Lisa Caruso\nHR Generalist\nWachusett Abrasives\nWorcester, MA',
      'wabrasives',
      'Wachusett Abrasives',
    ],
    // A team's name is not the organisation's.
    [
      'The team is Northwind Platform Software.\nNorthwind Traders',
      'northwindtraders',
      'Northwind Traders',
    ],
    // Initials that take each half of a joined word.
    [
      'Sincerely,\nRuth Amsel\nHR Analyst\nNorth-East Valley Water Board\nHartford, CT',
      'nevwb',
      'North-East Valley Water Board',
    ],
    // The domain starts with the name's first words and abbreviates its industry.
    [
      'Recruiting Coordinator\nCarnegie Lake Therapeutics\nPrinceton, NJ',
      'carnegielaketx',
      'Carnegie Lake Therapeutics',
    ],
    // A whole word's stop ends the sentence, where an abbreviation's does not.
    [
      'Thanks for applying to Pueo Mutual Insurance Company. We look forward to it.',
      'pueomutual',
      'Pueo Mutual Insurance Company',
    ],
    // A domain that spells the name short: initials, then the last word's first letters.
    [
      'Kind regards,\nDana\nOakridge Creek Freightlines',
      'ocfreight',
      'Oakridge Creek Freightlines',
    ],
    // Or the name's words in full, one inside it left out.
    ['Kind regards,\nRiya\nTamarind Bay Hotels\nGoa', 'tamarindhotels', 'Tamarind Bay Hotels'],
    // A domain of the name's initials and what it does: the initials, spelled out by the mail.
    [
      'Tonya Baird | HR Generalist\n*MVA | Miami Valley Aerostructures*\n4400 Springboro Pike',
      'mva-aero',
      'Miami Valley Aerostructures',
    ],
    // Not a mailbox's initials ("rms-noreply"), nor a word ("gold-labs").
    [
      'Naukri RMS: your interview. Powered by Naukri RMS.\nVizag Bulk Terminals',
      'rms-noreply vizagbulkterminals',
      'Vizag Bulk Terminals',
    ],
    ['Your interview with the Gold Coast team is on Monday.', 'gold-labs', 'Gold Labs'],
    // Legal forms of Poland and Thailand go as others do.
    [
      'Regards,\nAnna\nBaltic Helm Software Sp. z o.o.\nGdańsk',
      'baltichelm',
      'Baltic Helm Software',
    ],
    [
      'Siam Riverside Hotels & Resorts Public Company Limited\nBangkok',
      'siamriverside',
      'Siam Riverside Hotels & Resorts',
    ],
    // A booking page's event named after the company: the meeting's words are no part of it.
    [
      'Your Harbourline Freight Intro Call with Dana Lee at 11:30am on Thursday, March 12 is scheduled.',
      'harbourlinefreight',
      'Harbourline Freight',
    ],
    ['Event Type: Harbourline Freight Phone Screen', 'harbourlinefreight', 'Harbourline Freight'],
    // Never across a sentence's end.
    [
      'With Elm City Community Health. Elm City Community Health is an equal opportunity employer.',
      'elmcitychc',
      'Elmcitychc',
    ],
  ])('%j with %s -> %s', (text, labels, company) => {
    expect(findCompany([text], labels.split(' '), []).company).toBe(company);
  });

  it("keeps an organisation's field after its noun", () => {
    const text =
      'Tessa Grant\nTalent Partner\nWattle Bay Institute of Marine Science\n\nWattle Bay Institute acknowledges the Traditional Owners.';
    expect(findCompany([text], ['wattlebay'], []).company).toBe(
      'Wattle Bay Institute of Marine Science',
    );
    // Not a place after a company's name.
    expect(
      findCompany(['Regards,\nWattle Bay Logistics of Brisbane'], ['wattlebay'], []).company,
    ).toBe('Wattle Bay Logistics');
  });

  it('takes no reference code for a name, whatever its letters spell', () => {
    expect(findCompany(['Reference: NHU-SCI-0442'], ['nhu'], []).company).toBe('Nhu');
  });
});

describe('runOfInitials', () => {
  it('spells initials out as the mail writes the name, joining words aside', () => {
    const text = 'Greetings from PTS!\nPadmanabha Technology Solutions Pvt. Ltd. (PTS)';
    expect(runOfInitials('PTS', [text])).toBe('Padmanabha Technology Solutions');
    expect(runOfInitials('DWC', ['the Department of Water and Catchments (DWC)'])).toBe(
      'Department of Water and Catchments',
    );
    // Two letters are chance; a name is no initials; a run that is not written beside them
    // (a job title) is chance too.
    expect(runOfInitials('PT', [text])).toBeNull();
    expect(runOfInitials('Acme', ['Acme Corp'])).toBeNull();
    expect(runOfInitials('TCS', ['the Technical Customer Support Engineer role\nTCS'])).toBeNull();
    expect(runOfInitials('SAP', ['Position: Senior Account Planner at SAP'])).toBeNull();
  });

  it('reads a definition in quotes, as a legal notice writes one', () => {
    const notice = 'This e-mail is from Larkspur Valve Works, Inc. ("LVW") and is confidential.';
    expect(runOfInitials('LVW', [notice])).toBe('Larkspur Valve Works');
    expect(runOfInitials('LVW', ['Larkspur Valve Works (the “LVW”)'])).toBe('Larkspur Valve Works');
  });
});

describe('shortFormOf', () => {
  it.each([
    ['Kaimai Dairy Co-operative', 'your interview at Kaimai Dairy is booked', 'Kaimai Dairy'],
    ['Orchard Lane Foods', 'Booked the Orchard Lane screen', 'Orchard Lane Foods'],
    ['Bank of America Corporation', 'as the Bank of England says', 'Bank of America Corporation'],
  ])('%s in %j -> %s', (name, text, short) => {
    expect(shortFormOf(name, [text])).toBe(short);
  });
});

describe('findCompanyByPhrase', () => {
  it.each([
    // A state or country code after a town is no legal form.
    ['Best,\nDana\nRecruiter\nBoulder CO', null],
    // A person the text calls by their first name is nobody's employer; an organisation keeps its
    // name.
    [
      'Confirmed: Intro Call with Teodora Vance\nYour Intro Call with Teodora Vance is booked.\nTeodora will ring you on the number you gave.',
      null,
    ],
    [
      'Confirmed: Intro Call with Halden Analytics\nYour Intro Call with Halden Analytics is booked.\nHalden will ring you.',
      'Halden Analytics',
    ],
    [
      'Confirmed: Phone Screen with Rivian Motors\nYour Phone Screen with Rivian Motors is booked.\nRivian is hiring across all teams.',
      'Rivian Motors',
    ],
    ['Hälsningar,\nStockholm SE', null],
    // A meeting's name is nobody's employer either; a name that only ends in a meeting's word is.
    [
      'Confirmed: Virtual Onsite - Data Analyst\nYour Virtual Onsite - Data Analyst is booked.',
      null,
    ],
    [
      'Thanks for applying to Silver Screen. The team at Silver Screen would like to meet you.\nRegards, Silver Screen',
      'Silver Screen',
    ],
    [
      'Confirmed: Revenue Manager – Phone Interview with Luc Broussard\nYour Revenue Manager – Phone Interview with Luc Broussard is scheduled.\nLuc will call you.\nEvent Type:\nRevenue Manager – Phone Interview',
      null,
    ],
    [
      'Thanks for filling in the Kahu Analytics careers form.\nKahu Analytics is hiring.',
      'Kahu Analytics',
    ],
    [
      'Kind regards,\nNadia Rahman\nTalent Coordinator\nKingsford Bay Transit Pty Ltd',
      'Kingsford Bay Transit',
    ],
    // Irish legal forms.
    ['Talent Acquisition Partner\nLough Derg Medical DAC | Galway', 'Lough Derg Medical'],
    // The role after "for" is no part of the employer's name; an organisation's own "for" is.
    [
      'Your interview with Northwind Analytics for Senior Data Engineer is confirmed.\nWe look forward to your interview with Northwind Analytics.',
      'Northwind Analytics',
    ],
    [
      'Thank you for your interest in Society for Neuroscience.\nSociety for Neuroscience',
      'Society for Neuroscience',
    ],
  ])('%j -> %s', (text, company) => {
    expect(findCompanyByPhrase(text).company).toBe(company);
  });
});

describe('clientOfAgency', () => {
  it('takes an agency\'s "Client:" label, not a placeholder, nor a direct employer\'s brief', () => {
    const brief = 'Client: Halyard Cloud Inc. (Seattle, USA)\nRole: Senior SRE';
    expect(clientOfAgency(brief, 'Pemberton Lowe Recruitment')).toBe('Halyard Cloud');
    // An agency the words do not name is known by its client in the subject.
    expect(clientOfAgency(brief, 'TalentBridge Search', 'Interview: Halyard Cloud - SRE')).toBe(
      'Halyard Cloud',
    );
    expect(clientOfAgency(brief, 'Northwind Consulting', 'Case study for your interview')).toBe(
      null,
    );
    expect(clientOfAgency('Client: N/A\nRole: Analyst', 'Pemberton Lowe Recruitment')).toBe(null);
  });

  it("takes 'our client' the subject names too, whoever writes it", () => {
    const news =
      'With reference to our call, your profile has been shortlisted by our client Marwick Tiles for the Area Sales Lead role.';
    expect(
      clientOfAgency(news, 'Vantage Placements', 'Interview - Marwick Tiles - Area Sales Lead'),
    ).toBe('Marwick Tiles');
    expect(clientOfAgency(news, 'Vantage Placements', 'Your profile')).toBe(null);
  });

  it("takes the organisation an agency's subject names, as the text writes it out", () => {
    const text =
      'Sorry to say Orrin Medical have frozen the Buyer position, so Friday is off. Orrin Medical asked me to pass on their apologies.';
    expect(clientOfAgency(text, 'Keystone Staffing', 'Orrin - Friday cancelled')).toBe(
      'Orrin Medical',
    );
    expect(
      clientOfAgency(
        'They would like you in for an hour at (Tarn Freight, 2 Quay Road).',
        'Keystone Staffing',
        'RE: Interview - Tarn Freight - Transport Planner',
      ),
    ).toBe('Tarn Freight');
    // Not the role, not the meeting, not the agency; nor a name the text never writes.
    for (const subject of [
      'Interview - Transport Planner',
      'Keystone - interview confirmed',
      'Interview - Halden Group - Transport Planner',
    ])
      expect(clientOfAgency(text, 'Keystone Staffing', subject), subject).toBe(null);
    // Only an agency's subject is read so.
    expect(clientOfAgency(text, 'Orrin Medical', 'Tarn - Friday cancelled')).toBe(null);
  });

  it('takes the client that wants to go ahead with the candidate', () => {
    const news =
      'Good news - Harland & Voss Insurance would like to move ahead with a phone screen for the role.';
    expect(clientOfAgency(news, 'Brightpath Talent Partners')).toBe('Harland & Voss Insurance');
    // A search firm is an agency by its name.
    expect(clientOfAgency(news, 'Redgum Search')).toBe('Harland & Voss Insurance');
    expect(clientOfAgency(news, 'Kestrel Search Partners')).toBe('Harland & Voss Insurance');
    // Only an agency writes of a client; an employer moving ahead is itself.
    expect(clientOfAgency(news, 'Northwind Consulting')).toBe(null);
    expect(
      clientOfAgency(
        'We would like to move ahead with a phone screen.',
        'Brightpath Talent Partners',
      ),
    ).toBe(null);
  });

  it("names the client after its person's title, and knows an agency called '… Talent'", () => {
    const news =
      'Great news - Renee Ortiz, Director of Freight at Pinecrest Cold Storage, wants to meet you for the planner role.';
    expect(clientOfAgency(news, 'Saguaro Staffing Partners')).toBe('Pinecrest Cold Storage');
    expect(
      clientOfAgency('Cascade Orchards would like to interview you.', 'Timberline Talent'),
    ).toBe('Cascade Orchards');
  });

  it('reads the ways a client asks to see the candidate', () => {
    const agency = 'Harbourline Talent Partners';
    expect(
      clientOfAgency(
        'Wendell Ogun (Plant Manager) at Tidewater Plastics would like to meet with you next week.',
        agency,
      ),
    ).toBe('Tidewater Plastics');
    expect(
      clientOfAgency(
        'Good news: Fenmore Biologics would like to bring you in for an onsite.',
        agency,
      ),
    ).toBe('Fenmore Biologics');
    expect(clientOfAgency('Ostrander Foods wants to have you in on Friday.', agency)).toBe(
      'Ostrander Foods',
    );
    expect(clientOfAgency('Crestline Mutual would love to speak with you.', agency)).toBe(
      'Crestline Mutual',
    );
  });
});

describe('organisationLabel', () => {
  it("names no employer for an internet provider's mail, kept for life", () => {
    expect(organisationLabel('g.pickersgill@btinternet.example')).toBeNull();
    expect(organisationLabel('owner@bigpond.example')).toBeNull();
    expect(organisationLabel('sam@comcast.net')).toBeNull();
    expect(organisationLabel('dana@telus.com')).toBe('telus');
    expect(organisationLabel('dana@keystone-freight.example')).toBe('keystone-freight');
  });

  it("names the organisation before a state's code, under gov or right before the top level", () => {
    expect(organisationLabel('hr@dwc.qld.gov.au')).toBe('dwc');
    expect(organisationLabel('jobs.officer@bellbird.vic.au')).toBe('bellbird');
    // A state's code that is the organisation's only label stays.
    expect(organisationLabel('hello@nsw.example')).toBe('nsw');
  });
});

describe('employerOnBehalf', () => {
  it.each([
    [
      'I am writing on behalf of Northwind Analytics about your application.',
      'Northwind Analytics',
    ],
    [
      'On behalf of the Ministry of Coastal Transportation, thank you.',
      'Ministry of Coastal Transportation',
    ],
    // A person is written for this way too, and is no employer.
    ['I am writing on behalf of Mary Ann Whitfield, who is travelling.', null],
    ['I am writing on behalf of Hayley Mills about your application.', null],
  ])('%j -> %s', (text, employer) => {
    expect(employerOnBehalf(text)).toBe(employer);
  });
});

describe('signedEmployer', () => {
  /** The subject and a body ending in `lines`, the signature. */
  const mail = (subject: string, lines: string[]) => [
    subject,
    `Hi Alex,\n\nBest,\n${lines.join('\n')}`,
  ];

  it.each([
    [
      ['Aoife Brennan', 'Senior Talent Partner', 'Lumen Kiln Studios', 'Galway'],
      'Lumen Kiln Studios',
    ],
    [['Tomas Berg', 'HR Generalist', 'Nordfjell Outdoor AS'], 'Nordfjell Outdoor'],
  ])('%j, named in the subject too -> %s', (lines, employer) => {
    expect(signedEmployer(lines, mail(`Interview: Buyer at ${employer}`, lines))).toBe(employer);
  });

  it('takes a name a link spells, and none the mail names only in the signature', () => {
    const lines = ['Aoife Brennan', 'Talent Partner', 'Lumen Kiln Studios'];
    const [subject = '', body = ''] = mail('Interview booked', lines);
    expect(signedEmployer(lines, [subject, body])).toBeNull();
    expect(
      signedEmployer(lines, [subject, `${body}\nhttps://careers.lumenkilnstudios.example/jobs/12`]),
    ).toBe('Lumen Kiln Studios');
  });

  it.each([
    // A team, a place, a region, a second title, an address or a number under the title names no
    // employer, however often the mail writes it.
    [['Aoife Brennan', 'Talent Partner', 'Human Resources']],
    [['Aoife Brennan', 'Talent Partner', 'Galway, Ireland']],
    [['Aoife Brennan', 'Talent Partner', 'Dublin']],
    [['Aoife Brennan', 'Talent Partner', 'EMEA']],
    [['Aoife Brennan', 'Talent Partner', 'Engineering Manager']],
    [['Aoife Brennan', 'Talent Partner', '14 Dock Road']],
    // No title: the line under a name may be anything.
    [['Aoife Brennan', 'Lumen Kiln Studios']],
  ])('%j -> none', (lines) => {
    const named = lines.at(-1) ?? '';
    expect(signedEmployer(lines, mail(`About ${named}`, lines))).toBeNull();
  });
});
