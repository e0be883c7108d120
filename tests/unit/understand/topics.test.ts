// The reader's topics: what a confirmation says the interview covers, from the candidate's side,
// with whose part each one is; and nothing where the mail says nothing specific.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../../functions/core/model.ts';
import { findTopics } from '../../../functions/core/understand/topics.ts';

const people = (...names: string[]): Person[] => names.map((name) => ({ name, email: null }));
const read = (text: string, ...names: string[]) =>
  findTopics(text, people(...names)).map(({ kind, what, by }) => [kind, what, by.join(' + ')]);

describe('topics a confirmation states', () => {
  it('turns the writer’s words to the candidate’s side, one topic per thing', () => {
    expect(read("You'll walk us through a pipeline you built, then a short SQL exercise.")).toEqual(
      [
        ['present', 'the pipeline I built', ''],
        ['exercise', 'the SQL exercise', ''],
      ],
    );
    expect(read("We'll discuss your leadership experience and a case study.")).toEqual([
      ['discuss', 'my leadership experience', ''],
      ['exercise', 'the case study', ''],
    ]);
    expect(read('This conversation will focus on data modeling and pipeline design.')).toEqual([
      ['discuss', 'data modeling and pipeline design', ''],
    ]);
    expect(
      read(
        "I'd like to hear about the reserving models you've built and walk you through how the team is set up, and you can ask me anything about the role.",
      ),
    ).toEqual([
      ['discuss', "the reserving models I've built", ''],
      ['hear', 'how the team is set up', ''],
    ]);
  });

  const parts: Array<[string, string[], string[][]]> = [
    [
      'Dana will cover system design, Lee the SQL exercise.',
      ['Dana Park', 'Lee Chen'],
      [
        ['discuss', 'system design', 'Dana Park'],
        ['exercise', 'the SQL exercise', 'Lee Chen'],
      ],
    ],
    [
      'Lachlan will ask you to talk through an integration you’ve designed end to end; Mei will focus on cloud networking and security trade-offs.',
      ['Lachlan Pereira', 'Mei Tanaka'],
      [
        ['present', "the integration I've designed end to end", 'Lachlan Pereira'],
        ['discuss', 'cloud networking and security trade-offs', 'Mei Tanaka'],
      ],
    ],
    [
      'Omar and Beth will pair with you on a small infrastructure exercise, so please have a terminal ready.',
      ['Omar Haddad', 'Beth Lindqvist'],
      [['pair', 'the infrastructure exercise', 'Omar Haddad + Beth Lindqvist']],
    ],
    [
      'Dana will walk through a recent project of yours and leave time for your questions.',
      ['Dana Lee'],
      [['talk', 'my recent project', 'Dana Lee']],
    ],
  ];
  it.each(parts)('gives each interviewer their part: %s', (text, names, expected) => {
    expect(read(text, ...names)).toEqual(expected);
  });

  it('reads a schedule’s sessions named for what they cover, not its breaks or people', () => {
    const schedule = [
      '11:00 AM - 11:45 AM EDT Coding with Ana Souza',
      '12:00 PM - 12:45 PM EDT System Design with Ben Okafor',
      '12:45 PM - 1:00 PM EDT Short break',
      '1:00 PM - 1:45 PM EDT Hiring manager conversation - Chris Yang, Engineering Manager',
      '2:00 - 2:45 PM Elena Marchetti, Managing Director',
    ].join('\n');
    expect(read(schedule, 'Ana Souza', 'Ben Okafor', 'Chris Yang', 'Elena Marchetti')).toEqual([
      ['session', 'coding', 'Ana Souza'],
      ['session', 'system design', 'Ben Okafor'],
    ]);
  });

  it('finds nothing where the mail says nothing specific, or speaks of another meeting', () => {
    expect(
      read(
        "I'd like to set up a quick 30-minute phone screen to learn more about your background and walk you through the role.",
      ),
    ).toEqual([]);
    expect(read("If all goes well we'll set up a portfolio review with our design lead.")).toEqual(
      [],
    );
    expect(read('Thanks again for the call; we discussed your move to Rust.')).toEqual([]);
    expect(read('Looking forward to speaking with you on Tuesday at 3pm.')).toEqual([]);
    // Homework before it is no topic of it.
    expect(
      read(
        'Before your interview: if you have not already done so, please complete the online Situational Judgement Assessment by 11:59 PM ET on Friday.',
      ),
    ).toEqual([]);
  });
});
