// Mail rendering -> template samples: views from a made-up application, full and sparse, that every
// template must render at load. Strict templates fail only on the branch that runs, so each
// template is tried on both: a broken override never reaches a real mail.
import type { Application, Interview, Milestone, Person } from '../model.ts';
import { acknowledgmentFilter, filterMailView } from './filter-views.ts';
import { LINKEDIN_CHARACTER_LIMIT } from './lint.ts';
import {
  acknowledgmentView,
  choiceOption,
  choiceView,
  commandView,
  type DraftBlock,
  forgetRequestView,
  forgottenView,
  helpView,
  PADDED_COMMANDS,
  rosterView,
  statusView,
  stopView,
  suggestionView,
  unconfirmedView,
  unreadableView,
} from './system-views.ts';
import type { Samples } from './templates.ts';
import { draftTemplateView } from './views.ts';

const SAMPLE_FILTER = 'interviews+f-0123456789abcdef@followup.example.com';

const dana: Person = { name: 'Dana Lee', email: 'dana@acme.example' };

const fullInterview: Interview = {
  id: 'i1',
  company: 'Acme',
  role: 'Staff Engineer',
  start: '2026-04-14T10:00:00-07:00',
  end: '2026-04-14T11:00:00-07:00',
  timezone: 'America/Los_Angeles',
  interviewers: [dana, { name: 'Sam Park', email: null }],
  format: 'video',
  decisionBy: '2026-04-17',
};

const sparseInterview: Interview = {
  id: 'i1',
  company: null,
  role: null,
  start: null,
  end: null,
  timezone: 'America/New_York',
  interviewers: [],
  format: null,
  decisionBy: null,
};

function milestone(kind: Milestone['kind'], due: string, state: Milestone['state']): Milestone {
  return {
    id: kind,
    kind,
    interviewId: 'i1',
    interviewer: kind === 'close-out' ? null : dana,
    due,
    timezone: 'America/New_York',
    state,
  };
}

const fullApplication: Application = {
  userId: 'sam@example.com',
  id: 'sample',
  status: 'OPEN',
  company: 'Acme',
  role: 'Staff Engineer',
  timezone: 'America/New_York',
  interviews: [fullInterview],
  milestones: [
    milestone('thank-you', '2026-04-14T16:00:00-04:00', 'PENDING'),
    milestone('follow-up-1', '2026-04-20T09:30:00-04:00', 'PENDING'),
    milestone('follow-up-2', '2026-04-27T09:30:00-04:00', 'CANCELLED'),
    milestone('close-out', '2026-05-04T09:30:00-04:00', 'CANCELLED'),
  ],
  threadMessageIds: [],
  notes: ['we discussed their Kafka migration', 'update: finished the CKA certification'],
  createdAt: '2026-04-10T12:00:00Z',
  updatedAt: '2026-04-10T12:00:00Z',
  version: 1,
};

/** Its thank-you was mailed and the mail service's answer lost. */
const unconfirmedApplication: Application = {
  ...fullApplication,
  milestones: fullApplication.milestones.map((m) =>
    m.kind === 'thank-you'
      ? { ...m, state: 'SENT', sentAt: '2026-04-14T20:00:00Z', unconfirmed: { told: true } }
      : m,
  ),
};

const sparseApplication: Application = {
  ...fullApplication,
  status: 'PAUSED',
  company: null,
  role: null,
  interviews: [sparseInterview],
  milestones: [],
  notes: [],
};

const fullBlock: DraftBlock = {
  copy: null,
  sendBy: {
    when: 'Wed 15 Apr 2026, 14:00 (America/New_York, EDT)',
    relative: 'tomorrow',
    late: false,
  },
  why: 'A thank-you within 24 hours keeps you fresh in their minds.',
  draft: {
    to: 'Dana Lee <dana@acme.example>',
    cc: 'Jamie Chen <jamie@acme.example>',
    bcc: 'interviews+k3m9x2p7qa.abcdefghijklmnop@followup.example.com',
    subject: 'Thank you',
    text: 'Hi Dana,\n\nThank you.',
    filename: 'thank-you-dana-lee.eml',
    paragraphs: [
      [[{ text: 'Hi Dana,', slot: false }]],
      [
        [
          { text: 'I enjoyed ', slot: false },
          { text: '[mention something you discussed]', slot: true },
          { text: '.', slot: false },
        ],
        [{ text: 'Best regards,', slot: false }],
      ],
    ],
  },
  mailto: 'mailto:dana@acme.example?subject=Thank%20you',
  checklist: { ok: true, items: [{ ok: true, hard: true, text: 'Says thank you' }] },
};

const sparseBlock: DraftBlock = {
  copy: null,
  sendBy: null,
  why: '',
  draft: {
    to: '(add the recipient)',
    cc: null,
    bcc: null,
    subject: '',
    text: '',
    filename: 'draft.eml',
    paragraphs: [],
  },
  mailto: 'mailto:?subject=',
  checklist: { ok: false, items: [{ ok: false, hard: true, text: 'Says thank you' }] },
};

const lateBlock: DraftBlock = {
  ...fullBlock,
  sendBy: { when: 'Wed 15 Apr 2026, 14:00 (America/New_York, EDT)', relative: null, late: true },
};

/** A copy the user asked for (`resend`), past its send-by time. */
const copyBlock: DraftBlock = {
  ...lateBlock,
  copy: 'Sent again at your request: the one I mailed you Tue 14 Apr 2026, 16:00 (America/New_York, EDT) may not have arrived.',
};

export function sampleViews(): Samples {
  const drafts = [
    draftTemplateView({
      application: fullApplication,
      interview: fullInterview,
      recipient: dana,
      senderAddress: 'Sam Doe <sam@example.com>',
    }),
    draftTemplateView({
      application: sparseApplication,
      interview: sparseInterview,
      recipient: null,
      senderAddress: 'sam@example.com',
    }),
  ];
  const draftMails = [fullBlock, sparseBlock, lateBlock, copyBlock].map((block) => ({
    title: 'Ready to send',
    heading: 'Ready to send',
    intro: ['Sample.'],
    ...block,
    commands: PADDED_COMMANDS,
  }));
  const linkedinMails = [fullBlock, sparseBlock].map((block) => ({
    title: 'LinkedIn',
    heading: 'LinkedIn',
    message: 'Hi Dana, thank you.',
    characters: 19,
    limit: LINKEDIN_CHARACTER_LIMIT,
    recipient: 'Dana Lee',
    checklist: block.checklist,
    commands: PADDED_COMMANDS,
  }));
  const acks = [
    acknowledgmentView(fullApplication, fullInterview, []),
    acknowledgmentView(sparseApplication, sparseInterview, ['interview time', 'interviewer']),
    acknowledgmentView(fullApplication, fullInterview, ['interviewer']),
  ].map((view, n) => ({
    ...view,
    filter: acknowledgmentFilter(n === 0 ? fullApplication : sparseApplication, SAMPLE_FILTER),
    title: 'Got it',
  }));
  const unreadables = [['interview time'], ['interview time', 'company'], []].map((missing) => ({
    ...unreadableView(missing),
    title: 'Unreadable',
  }));
  const stops = [fullApplication, sparseApplication].map((application) => ({
    ...stopView(application),
    title: 'Stopped',
  }));
  const unconfirmed = unconfirmedApplication.milestones.map((m) => ({
    ...unconfirmedView(m.kind === 'thank-you' ? unconfirmedApplication : sparseApplication, m),
    title: 'Did it arrive?',
  }));
  const digest = { next: '2026-04-20T09:30:00-04:00', timezone: 'America/New_York' };
  const statuses = [
    statusView([fullApplication, sparseApplication]),
    statusView([unconfirmedApplication]),
    statusView([]),
    statusView([fullApplication], digest),
    statusView([fullApplication], { ...digest, filtered: { count: 2, domains: ['acme.example'] } }),
    statusView([], { next: null, timezone: 'UTC' }),
  ].map((view) => ({ ...view, title: 'Status' }));
  const commands = [
    commandView(fullApplication, 'snoozed 3 days'),
    commandView(sparseApplication, 'paused'),
    commandView(null, 'noted'),
    commandView(null, 'time zone set', [fullApplication, sparseApplication]),
  ].map((view) => ({ ...view, title: 'Done' }));
  const help = [helpView('Help'), helpView('Help', true)];
  const rosters = [
    rosterView('Allowed dana@mail.example: they may use followup from now on.', [
      { address: 'coach@example.org', how: 'admin, set at deploy time' },
      { address: 'dana@mail.example', how: 'allowed by coach@example.org on 2026-04-14 (UTC)' },
    ]),
    rosterView('Revoked sam@mail.example.', []),
  ].map((view) => ({ ...view, title: 'Users' }));
  const options = [choiceOption(fullApplication, 1), choiceOption(sparseApplication, 2)];
  const choices = [
    choiceView({ question: 'Which application?', note: null, options, command: 'stop' }),
    choiceView({ question: 'Which one?', note: 'There is no 7.', options, command: null }),
    choiceView({ question: 'Which application?', note: null, options: [], command: 'pause' }),
  ].map((view) => ({ ...view, title: 'Which application?' }));
  const suggestions = ['stop', 'snooze 3d', null].map((command) => ({
    ...suggestionView(command),
    title: 'Did you mean?',
  }));
  const now = new Date('2026-04-14T12:00:00Z');
  const forgetRequests = [
    forgetRequestView({
      applications: [fullApplication, sparseApplication],
      expiresAt: '2026-04-15T12:00:00Z',
      timezone: 'America/New_York',
      repeated: false,
      now,
    }),
    forgetRequestView({
      applications: [],
      expiresAt: '2026-04-14T12:30:00Z',
      timezone: 'UTC',
      repeated: true,
      now,
    }),
  ].map((view) => ({ ...view, title: 'Forget' }));
  const forgotten = [
    forgottenView(2, [fullApplication, sparseApplication]),
    forgottenView(0, []),
    forgottenView(null, []),
  ].map((view) => ({ ...view, title: 'Deleted' }));
  const confirmation = {
    provider: 'Gmail',
    userId: 'alex@example.net',
    code: '123456789',
    link: 'https://mail-settings.google.com/mail/vf-sample',
    forwardTo: 'interviews@followup.example.com',
    notTheFilterAddress: true,
  };
  const filters = [
    filterMailView({ address: SAMPLE_FILTER, applications: [fullApplication], confirmation }),
    filterMailView({ address: SAMPLE_FILTER, applications: [], confirmation: null }),
    filterMailView({
      address: SAMPLE_FILTER,
      applications: [fullApplication, sparseApplication],
      confirmation: { ...confirmation, code: null, notTheFilterAddress: false },
    }),
  ].map((view) => ({ ...view, title: 'Filter' }));
  return {
    'drafts/thank-you': drafts,
    'drafts/thank-you-2': drafts,
    'drafts/thank-you-3': drafts,
    'drafts/follow-up-1': drafts,
    'drafts/follow-up-2': drafts,
    'drafts/keep-in-touch': drafts,
    'drafts/rejection-reply': drafts,
    'drafts/next-round-reply': drafts,
    'drafts/offer-reply': drafts,
    'drafts/linkedin': drafts,
    'mail/draft.text': draftMails,
    'mail/draft.html': draftMails,
    'mail/close-out.text': draftMails,
    'mail/close-out.html': draftMails,
    'mail/employer-reply.text': draftMails,
    'mail/employer-reply.html': draftMails,
    'mail/linkedin.text': linkedinMails,
    'mail/linkedin.html': linkedinMails,
    'mail/acknowledgment.text': acks,
    'mail/acknowledgment.html': acks,
    'mail/unreadable.text': unreadables,
    'mail/unreadable.html': unreadables,
    'mail/stop.text': stops,
    'mail/stop.html': stops,
    'mail/unconfirmed.text': unconfirmed,
    'mail/unconfirmed.html': unconfirmed,
    'mail/status.text': statuses,
    'mail/status.html': statuses,
    'mail/help.text': help,
    'mail/help.html': help,
    'mail/command.text': commands,
    'mail/command.html': commands,
    'mail/choice.text': choices,
    'mail/choice.html': choices,
    'mail/suggestion.text': suggestions,
    'mail/suggestion.html': suggestions,
    'mail/forget-request.text': forgetRequests,
    'mail/forget-request.html': forgetRequests,
    'mail/forgotten.text': forgotten,
    'mail/forgotten.html': forgotten,
    'mail/filter.text': filters,
    'mail/filter.html': filters,
    'mail/roster.text': rosters,
    'mail/roster.html': rosters,
  };
}
