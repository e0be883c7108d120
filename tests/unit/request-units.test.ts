// The benchmark's DynamoDB request units come from item sizes by DynamoDB's own rules: names and
// values, 1 byte per two significant digits of a number (plus 1), 3 bytes per map or list and
// 1 per element, binary by its bytes, so a write of a 1,000-byte item is 1 unit and not 2.
import { describe, expect, it } from 'vitest';
import { itemBytes } from '../../local/services/request-counter.ts';

describe('DynamoDB item size', () => {
  it('counts names and values of each type', () => {
    expect(itemBytes({ pk: { S: 'USER#a' } })).toBe(2 + 6);
    expect(itemBytes({ name: { S: 'Zoë' } })).toBe(4 + 4);
    expect(itemBytes({ version: { N: '12345' } })).toBe(7 + 4);
    expect(itemBytes({ v: { N: '1000' } })).toBe(1 + 2);
    expect(itemBytes({ v: { N: '0.05' } })).toBe(1 + 2);
    expect(itemBytes({ b: { B: Buffer.from([1, 2, 3]).toString('base64') } })).toBe(1 + 3);
    expect(itemBytes({ ok: { BOOL: true }, none: { NULL: true } })).toBe(2 + 1 + 4 + 1);
  });

  it('adds 3 bytes per map or list and 1 per element', () => {
    expect(itemBytes({ m: { M: {} } })).toBe(1 + 3);
    expect(itemBytes({ m: { M: { a: { S: 'x' }, bb: { S: 'yy' } } } })).toBe(1 + 3 + 2 + 2 + 4);
    expect(itemBytes({ l: { L: [{ S: 'ab' }, { N: '7' }] } })).toBe(1 + 3 + (1 + 2) + (1 + 2));
    expect(itemBytes({ s: { SS: ['a', 'bc'] } })).toBe(1 + 3);
  });

  it('makes a 1,000-byte item one write unit, as DynamoDB bills it', () => {
    const item = { pk: { S: 'x'.repeat(996) } };
    expect(itemBytes(item)).toBe(998);
    // The same item as DynamoDB JSON on the wire is larger than 1 KB with its table and tags.
    expect(JSON.stringify({ TableName: 'followup', Item: item }).length).toBeGreaterThan(1024);
  });
});
