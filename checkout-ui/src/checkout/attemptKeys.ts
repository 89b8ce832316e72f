/**
 * The Idempotency-Key of the customer's pay attempts. A retry of the same number after an answer
 * that never arrived (the network dropped, the gateway failed, or it was still working on it)
 * reuses the key, so the gateway replays the first answer instead of sending a second prompt. Any
 * other answer ends the attempt: the next one (another number, or a new try after a declined
 * payment) gets a new key.
 */
import { normalisePhone } from '../phone/normalise';
import { CheckoutApiError } from './api';

export interface AttemptKeys {
  /** The key for paying from {@code phone} now. */
  keyFor(phone: string): string;
  /** Called with the attempt's outcome: the key lives on only if the outcome is unknown. */
  settle(error?: unknown): void;
}

export function attemptKeys(newKey: () => string = randomKey): AttemptKeys {
  let current: { readonly number: string; readonly key: string } | undefined;
  return {
    keyFor(phone) {
      const check = normalisePhone(phone);
      const number = check.valid ? check.msisdn : phone.trim();
      if (current?.number !== number) current = { number, key: newKey() };
      return current.key;
    },
    settle(error) {
      if (!outcomeUnknown(error)) current = undefined;
    },
  };
}

function outcomeUnknown(error: unknown): boolean {
  if (!(error instanceof CheckoutApiError)) return false;
  return error.status === 0 || error.status >= 500 || error.code === 'idempotency_key_in_use';
}

function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
