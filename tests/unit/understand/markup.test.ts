// schema.org JSON-LD in a mail's HTML: events and reservations are read, anything else or
// anything malformed is skipped without a throw.
import { describe, expect, it } from 'vitest';
import {
  eventsInMarkup,
  hasOffset,
  jsonLdBlocks,
} from '../../../functions/core/understand/markup.ts';

const html = (json: string) =>
  `<html><head><script type="application/ld+json">${json}</script></head><body>x</body></html>`;

describe('schema.org markup', () => {
  it('reads an Event, an EventReservation and a @graph of them', () => {
    const blocks = [
      ...jsonLdBlocks(
        html('{"@type":"Event","name":"Panel","startDate":"2026-12-10T10:00:00-08:00"}'),
      ),
      ...jsonLdBlocks(
        html(
          '{"@type":"EventReservation","reservationFor":{"@type":"Event","startDate":"2026-12-11T09:00:00+00:00","endDate":"2026-12-11T10:00:00+00:00"}}',
        ),
      ),
      ...jsonLdBlocks(
        html(
          '{"@graph":[{"@type":"Organization"},{"@type":"BusinessEvent","startDate":"2026-12-12T14:00:00Z"}]}',
        ),
      ),
    ];
    expect(eventsInMarkup(blocks)).toEqual([
      { name: 'Panel', start: '2026-12-10T10:00:00-08:00', end: null },
      { name: null, start: '2026-12-11T09:00:00+00:00', end: '2026-12-11T10:00:00+00:00' },
      { name: null, start: '2026-12-12T14:00:00Z', end: null },
    ]);
  });

  it('skips malformed JSON, other types and dates without a time', () => {
    const blocks = [
      '{"@type":"Event","startDate":',
      '{"@type":"FlightReservation","reservationFor":{"@type":"Flight"}}',
      '{"@type":"Event","startDate":"2026-12-10"}',
      '{"@type":"Event","startDate":"next Tuesday"}',
    ];
    expect(eventsInMarkup(blocks)).toEqual([]);
  });

  it('tells an instant from a floating wall time', () => {
    expect(hasOffset('2026-12-10T10:00:00-08:00')).toBe(true);
    expect(hasOffset('2026-12-10T18:00:00Z')).toBe(true);
    expect(hasOffset('2026-12-10T10:00:00')).toBe(false);
  });

  it('keeps at most five blocks of a hostile HTML part', () => {
    const many = Array.from({ length: 50 }, () => html('{}')).join('');
    expect(jsonLdBlocks(many)).toHaveLength(5);
  });

  it('reads a hostile HTML part of unclosed script tags in one bounded pass', () => {
    expect(jsonLdBlocks('<script '.repeat(62_000))).toEqual([]);
    expect(jsonLdBlocks('<script type=application/ld+json>{'.repeat(15_000))).toEqual([]);
  });
});
