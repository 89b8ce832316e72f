import type { MobileNetwork, PhoneCheck } from '../phone/normalise';

/**
 * What the pay form says about the number while the customer types. Errors that more digits
 * could still fix (nothing yet, too short) wait until the customer leaves the field or pays;
 * errors that typing on cannot fix show at once.
 */
export function phoneError(check: PhoneCheck, checked: boolean): string | undefined {
  if (check.valid) return undefined;
  const stillTyping = check.reason === 'empty' || check.reason === 'too_short';
  return checked || !stillTyping ? check.message : undefined;
}

const NETWORK_NAMES: Readonly<Record<Exclude<MobileNetwork, 'safaricom'>, string>> = {
  airtel: 'an Airtel',
  telkom: 'a Telkom',
  equitel: 'an Equitel',
  faiba: 'a Faiba',
  unknown: 'a non-Safaricom',
};

/** A hint, never a refusal: a number keeps its prefix when it is ported to Safaricom. */
export function networkWarning(check: PhoneCheck): string | undefined {
  if (!check.valid || check.network === 'safaricom') return undefined;
  return (
    `This looks like ${NETWORK_NAMES[check.network]} number. ` +
    'M-Pesa prompts go to Safaricom lines; numbers can be ported, so you can still try.'
  );
}
