/**
 * A client-side check of a Kenyan mobile number before we ask the gateway to send a prompt: the
 * TypeScript twin of libs/msisdn (both pass libs/msisdn/vectors/kenyan-msisdn-vectors.json). The
 * gateway's Java normaliser stays authoritative; this only spares the customer a round trip.
 */
import { cleanPhoneInput } from './clean';
import { networkOf, type MobileNetwork } from './network';
import { kindOf } from './ranges';

export type { MobileNetwork } from './network';

export type RejectionReason =
  | 'empty'
  | 'letters'
  | 'too_short'
  | 'too_long'
  | 'landline'
  | 'toll_free'
  | 'premium'
  | 'other_country'
  | 'invalid';

export type PhoneCheck =
  | { readonly valid: true; readonly msisdn: string; readonly network: MobileNetwork }
  | { readonly valid: false; readonly reason: RejectionReason; readonly message: string };

export const ACCEPTED_NUMBERS = 'Enter a Kenyan mobile number such as 0712 345 678 or +254 712 345 678.';

const NSN_LENGTH = 9;
const DIGITS = /^\+?\d*$/;
// 0254712345678: someone put a trunk zero in front of the country code; guessing is unsafe.
const ZERO_BEFORE_COUNTRY_CODE = /^0254\d{9}$/;

/** Returns the number as Daraja wants it (`2547XXXXXXXX` / `2541XXXXXXXX`) or why it was refused. */
export function normalisePhone(typed: string): PhoneCheck {
  const cleaned = cleanPhoneInput(typed);
  if (cleaned === '') return rejected('empty', typed);
  if (!DIGITS.test(cleaned)) return rejected('letters', typed);
  if (ZERO_BEFORE_COUNTRY_CODE.test(cleaned)) return rejected('invalid', typed);
  const international = afterInternationalPrefix(cleaned);
  // "+25" is on its way to +254, not another country: say "too short" while the customer types.
  if (international !== null) {
    if ('254'.startsWith(international)) return rejected('too_short', typed);
    // Country codes never start with 0: "+0712…" is a national number behind a stray plus.
    if (international.startsWith('0')) return rejected('invalid', typed);
    if (!international.startsWith('254')) return rejected('other_country', typed);
  }
  // The trunk zero may follow the country code too: +254 (0) 712…, 2540712….
  const nsn = (international === null ? cleaned : international.slice(3)).replace(/^0/, '');
  const reason = refusal(nsn);
  if (reason) return rejected(reason, typed);
  return { valid: true, msisdn: `254${nsn}`, network: networkOf(nsn) };
}

/** The digits after `+`, `00` or Kenya's own IDD `000`; null for a national or bare number. */
function afterInternationalPrefix(cleaned: string): string | null {
  if (cleaned.startsWith('+')) return cleaned.slice(1);
  if (cleaned.startsWith('000')) return cleaned.slice(3);
  if (cleaned.startsWith('00')) return cleaned.slice(2);
  // No national number starts 254 (NSNs starting 2 are landlines, and those have a trunk 0).
  if (cleaned.startsWith('254') && cleaned.length > NSN_LENGTH) return cleaned;
  return null;
}

/** In libs/msisdn's order: a real landline, toll-free or premium number is named as such, whatever its length. */
function refusal(nsn: string): RejectionReason | null {
  const kind = kindOf(nsn);
  if (kind !== null && kind !== 'mobile') return kind;
  if (nsn.length < NSN_LENGTH) return 'too_short';
  if (nsn.length > NSN_LENGTH) return 'too_long';
  return kind === 'mobile' ? null : 'invalid';
}

const WHY: Readonly<Record<Exclude<RejectionReason, 'empty'>, string>> = {
  letters: 'contains letters or symbols; a phone number has digits only',
  too_short: 'has too few digits for a Kenyan mobile number',
  too_long: 'has too many digits for a Kenyan mobile number',
  landline: 'is a landline number; M-Pesa prompts go to mobile phones',
  toll_free: 'is a toll-free number; M-Pesa prompts go to mobile phones',
  premium: 'is a premium-rate number; M-Pesa prompts go to mobile phones',
  other_country: 'is not a Kenyan number; M-Pesa prompts go to Kenyan (+254) mobile phones',
  invalid: 'is not a Kenyan mobile number',
};

function rejected(reason: RejectionReason, typed: string): PhoneCheck {
  const message =
    reason === 'empty'
      ? `No phone number was entered. ${ACCEPTED_NUMBERS}`
      : `“${shown(typed)}” ${WHY[reason]}. ${ACCEPTED_NUMBERS}`;
  return { valid: false, reason, message };
}

/** What the customer typed, without invisible characters, short enough to quote in a message. */
function shown(typed: string): string {
  const visible = typed.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim();
  return visible.length > 32 ? `${visible.slice(0, 31)}…` : visible;
}
