/**
 * A quick client-side check of a Kenyan mobile number before we ask the gateway to send a prompt.
 * The gateway's Java normaliser stays authoritative; this only spares the customer a round trip.
 */
export type PhoneCheck =
  | { readonly valid: true; readonly msisdn: string }
  | { readonly valid: false; readonly message: string };

export const PHONE_HINT = 'Enter a Safaricom number such as 0712 345 678';

// Separators people type or paste: spaces (incl. non-breaking), hyphens, dots, parentheses.
const SEPARATORS = /[\s\-.()]/g;
const TEL_SCHEME = /^tel:/i;
// The 9 digits after the country code: a mobile number starts with 7 or 1.
const SUBSCRIBER = '([71]\\d{8})';
const FORMATS: readonly RegExp[] = [
  new RegExp(`^0${SUBSCRIBER}$`),
  new RegExp(`^${SUBSCRIBER}$`),
  new RegExp(`^(?:\\+|00)?254${SUBSCRIBER}$`),
];

/** Returns the number as Daraja wants it (`2547XXXXXXXX` / `2541XXXXXXXX`) or why it was refused. */
export function normalisePhone(input: string): PhoneCheck {
  const compact = input.trim().replace(TEL_SCHEME, '').replace(SEPARATORS, '');
  for (const format of FORMATS) {
    const match = format.exec(compact);
    if (match) return { valid: true, msisdn: `254${match[1]}` };
  }
  return { valid: false, message: PHONE_HINT };
}
