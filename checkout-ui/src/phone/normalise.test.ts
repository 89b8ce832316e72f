import { describe, expect, it } from 'vitest';
import { normalisePhone, PHONE_HINT } from './normalise';

describe('normalisePhone', () => {
  it.each([
    ['0712345678', '254712345678'],
    ['0712 345 678', '254712345678'],
    ['0712-345-678', '254712345678'],
    ['0712.345.678', '254712345678'],
    ['(0712) 345678', '254712345678'],
    ['0110345678', '254110345678'],
    ['712345678', '254712345678'],
    ['110345678', '254110345678'],
    ['254712345678', '254712345678'],
    ['254110345678', '254110345678'],
    ['+254712345678', '254712345678'],
    ['+254 712 345 678', '254712345678'],
    ['00254712345678', '254712345678'],
    ['tel:+254712345678', '254712345678'],
    ['TEL:0712345678', '254712345678'],
    ['  0712\u00a0345\u00a0678  ', '254712345678'],
  ])('accepts %j as %s', (input, msisdn) => {
    expect(normalisePhone(input)).toEqual({ valid: true, msisdn });
  });

  it.each([
    [''],
    ['   '],
    ['071234567'], // one digit short
    ['07123456789'], // one digit too many
    ['0812345678'], // not a mobile prefix
    ['0212345678'], // landline-style prefix
    ['+255712345678'], // Tanzania
    ['2540712345678'], // trunk zero after the country code
    ['0712a45678'],
    ['+ 254 712 345 678 ext 1'],
    ['254 712 345 67'],
  ])('rejects %j with the hint', (input) => {
    expect(normalisePhone(input)).toEqual({ valid: false, message: PHONE_HINT });
  });
});
