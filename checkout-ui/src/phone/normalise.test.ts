import { describe, expect, it } from 'vitest';
// The vectors are shared with libs/msisdn (Java); only this test imports them, so they never
// reach the production bundle.
import shared from '../../../libs/msisdn/vectors/kenyan-msisdn-vectors.json';
import { ACCEPTED_NUMBERS, normalisePhone, type MobileNetwork, type RejectionReason } from './normalise';

interface VectorRow {
  readonly input: string;
  readonly form: string;
  readonly msisdn?: string;
  readonly network?: MobileNetwork;
  readonly reject?: RejectionReason;
}

const rows = shared.vectors as readonly VectorRow[];
const accepted = rows.filter((row) => row.msisdn !== undefined);
const refused = rows.filter((row) => row.reject !== undefined);
const REASONS: readonly RejectionReason[] = [
  'empty', 'letters', 'too_short', 'too_long', 'landline', 'toll_free', 'premium', 'other_country', 'invalid',
];
const NETWORKS: readonly MobileNetwork[] = ['safaricom', 'airtel', 'telkom', 'equitel', 'faiba', 'unknown'];

/** "form: input" with invisible characters spelled out, so a failing row is easy to find. */
function named(row: VectorRow): [string, VectorRow] {
  const visible = JSON.stringify(row.input).replace(
    /[\t\u00A0\u2000-\u206F\uFEFF]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
  return [`${row.form}: ${visible}`, row];
}

describe('the shared Kenyan MSISDN vectors', () => {
  it('has at least 100 rows covering every reason and every network', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(accepted.length + refused.length).toBe(rows.length);
    expect(new Set(refused.map((row) => row.reject))).toEqual(new Set(REASONS));
    expect(new Set(accepted.map((row) => row.network))).toEqual(new Set(NETWORKS));
  });

  it.each(accepted.map(named))('accepts %s', (_, { input, msisdn, network }) => {
    expect(normalisePhone(input)).toEqual({ valid: true, msisdn, network });
  });

  it.each(refused.map(named))('refuses %s', (_, { input, reject }) => {
    const check = normalisePhone(input);
    expect(check).toMatchObject({ valid: false, reason: reject });
    expect(!check.valid && check.message).toContain(ACCEPTED_NUMBERS);
  });
});

describe('normalisePhone', () => {
  it.each([
    ['Devanagari', '०७१२३४५६७८'],
    ['Bengali', '০৭১২৩৪৫৬৭৮'],
    ['mathematical double-struck', '𝟘𝟟𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠'],
    ['full-width plus', '＋２５４７１２３４５６７８'],
    ['word joiner and narrow no-break space', '0712\u2060345\u202F678'],
    ['en dash', '0712–345–678'],
  ])('reads %s digits and separators', (_, input) => {
    expect(normalisePhone(input)).toEqual({ valid: true, msisdn: '254712345678', network: 'safaricom' });
  });

  it('names what was received in the message', () => {
    expect(normalisePhone(' 020 2345678 ')).toEqual({
      valid: false,
      reason: 'landline',
      message: `“020 2345678” is a landline number; M-Pesa prompts go to mobile phones. ${ACCEPTED_NUMBERS}`,
    });
  });

  it('says nothing was entered rather than quoting an empty string', () => {
    const check = normalisePhone('\u200b ');
    expect(!check.valid && check.message).toBe(`No phone number was entered. ${ACCEPTED_NUMBERS}`);
  });

  it('quotes only the start of a very long paste', () => {
    const check = normalisePhone('x'.repeat(500));
    expect(!check.valid && check.message).toMatch(/^“x{31}…” contains letters/);
  });

  it.each(['+', '+2', '+25', '00', '0025', '00025'])('treats %j, the start of +254, as too short', (input) => {
    expect(normalisePhone(input)).toMatchObject({ valid: false, reason: 'too_short' });
  });

  it.each([
    ['unallocated 1xx range', '0150345678'],
    ['+0 is no country code', '+0712345678'],
  ])('refuses an %s as invalid', (_, input) => {
    expect(normalisePhone(input)).toMatchObject({ valid: false, reason: 'invalid' });
  });
});
