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

/** The `<script type="application/ld+json">` blocks of an HTML part. */
export function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  const pattern =
    /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
  for (const m of html.slice(0, 500_000).matchAll(pattern)) {
    if (blocks.length >= MAX_BLOCKS) break;
    blocks.push((m[1] ?? '').slice(0, MAX_BLOCK_CHARS));
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
