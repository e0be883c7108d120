// Reader -> schema.org markup: the JSON-LD some senders put in a mail's HTML for mail clients
// (an Event, or an EventReservation for one). Its startDate is the sender's own machine-readable
// time, as exact as a calendar file's when it carries its offset.
import { DateTime } from 'luxon';

export interface MarkupEvent {
  name: string | null;
  /** ISO-8601 as written; an instant only when it carries an offset. */
  start: string;
  end: string | null;
}

const MAX_BLOCKS = 5;
const MAX_BLOCK_CHARS = 20_000;
const EVENT_TYPES = new Set(['Event', 'BusinessEvent', 'EducationEvent', 'SocialEvent']);

/** The `<script type="application/ld+json">` blocks of an HTML part, found in one pass. */
export function jsonLdBlocks(html: string): string[] {
  const text = html.slice(0, 500_000);
  const lower = text.toLowerCase();
  const blocks: string[] = [];
  let at = lower.indexOf('<script');
  for (let tags = 0; at !== -1 && tags < 200 && blocks.length < MAX_BLOCKS; tags++) {
    const tagEnd = lower.indexOf('>', at);
    if (tagEnd === -1 || tagEnd - at > 300) {
      at = lower.indexOf('<script', at + 7);
      continue;
    }
    const close = lower.indexOf('</script', tagEnd);
    if (/type\s*=\s*["']?application\/ld\+json/.test(lower.slice(at, tagEnd)) && close !== -1)
      blocks.push(text.slice(tagEnd + 1, Math.min(close, tagEnd + 1 + MAX_BLOCK_CHARS)));
    at = lower.indexOf('<script', close === -1 ? tagEnd : close);
  }
  return blocks;
}

function types(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).map((t) => String(t ?? '').replace(/^.*[/#]/, ''));
}

function asEvent(node: unknown): MarkupEvent | null {
  if (!node || typeof node !== 'object') return null;
  const record = node as Record<string, unknown>;
  if (types(record).some((t) => t.endsWith('Reservation'))) return asEvent(record.reservationFor);
  if (!types(record).some((t) => EVENT_TYPES.has(t))) return null;
  const start = typeof record.startDate === 'string' ? record.startDate.trim() : '';
  if (!DateTime.fromISO(start, { setZone: true }).isValid || !/T\d{2}:\d{2}/.test(start))
    return null;
  const end = typeof record.endDate === 'string' ? record.endDate.trim() : null;
  return {
    name: typeof record.name === 'string' ? record.name.slice(0, 200) : null,
    start,
    end: end && DateTime.fromISO(end, { setZone: true }).isValid ? end : null,
  };
}

/** Every event the markup describes; malformed JSON is skipped, never thrown. */
export function eventsInMarkup(blocks: string[]): MarkupEvent[] {
  const events: MarkupEvent[] = [];
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    const record = data && typeof data === 'object' ? (data as Record<string, unknown>) : null;
    const nodes = Array.isArray(data)
      ? data
      : Array.isArray(record?.['@graph'])
        ? (record?.['@graph'] as unknown[])
        : [data];
    for (const node of nodes.slice(0, 20)) {
      const event = asEvent(node);
      if (event) events.push(event);
    }
  }
  return events;
}

/** True when the ISO time names its offset ("…T15:00:00-05:00", "…Z"): an instant, not a wall time. */
export function hasOffset(iso: string): boolean {
  return /(?:[+-]\d{2}:?\d{2}|Z)$/i.test(iso.trim());
}
