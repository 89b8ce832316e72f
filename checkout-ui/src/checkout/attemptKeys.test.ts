import { describe, expect, it } from 'vitest';
import { CheckoutApiError } from './api';
import { attemptKeys } from './attemptKeys';

function counting() {
  let n = 0;
  return attemptKeys(() => `key-${++n}`);
}

describe('the Idempotency-Key of pay attempts', () => {
  it('is reused when the same number is retried after an answer that never came', () => {
    const keys = counting();
    const first = keys.keyFor('0712 345 678');
    keys.settle(new CheckoutApiError(0, 'unreachable'));

    expect(keys.keyFor('+254712345678')).toBe(first);
  });

  it('is reused after a gateway failure or while the first request is still running', () => {
    const keys = counting();
    const first = keys.keyFor('0712345678');
    keys.settle(new CheckoutApiError(503, 'down'));
    expect(keys.keyFor('0712345678')).toBe(first);
    keys.settle(new CheckoutApiError(409, 'busy', 'idempotency_key_in_use'));
    expect(keys.keyFor('0712345678')).toBe(first);
  });

  it('is new after an accepted payment, so trying again after a decline sends a new prompt', () => {
    const keys = counting();
    const first = keys.keyFor('0712345678');
    keys.settle();

    expect(keys.keyFor('0712345678')).not.toBe(first);
  });

  it('is new after a refusal and for another number', () => {
    const keys = counting();
    const first = keys.keyFor('0712345678');
    keys.settle(new CheckoutApiError(409, 'busy', 'phone_busy'));
    const second = keys.keyFor('0712345678');
    expect(second).not.toBe(first);

    expect(keys.keyFor('0722000000')).not.toBe(second);
  });

  it('makes random keys by default', () => {
    const a = attemptKeys().keyFor('0712345678');
    const b = attemptKeys().keyFor('0712345678');

    expect(a).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(a).not.toBe(b);
  });
});
