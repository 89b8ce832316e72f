/**
 * Kenya's national-number ranges as libphonenumber knows them. The browser cannot run
 * libphonenumber, so libs/msisdn writes its metadata to a shared file (and fails its build when a
 * libphonenumber upgrade moves a range): both normalisers judge a number by the same ranges.
 */
import metadata from '../../../libs/msisdn/vectors/kenyan-number-ranges.json';

export type NumberKind = 'mobile' | 'landline' | 'toll_free' | 'premium';

interface Range {
  readonly pattern: string;
  readonly lengths: readonly number[];
}

class NumberRange {
  private readonly pattern: RegExp;
  private readonly lengths: ReadonlySet<number>;

  constructor({ pattern, lengths }: Range) {
    this.pattern = new RegExp(`^(?:${pattern})$`);
    this.lengths = new Set(lengths);
  }

  holds(nsn: string): boolean {
    return this.lengths.has(nsn.length) && this.pattern.test(nsn);
  }
}

const ANY = new NumberRange(metadata.any);
// libphonenumber's order: a number in two ranges takes the first (premium before toll-free and so on).
const KINDS: readonly (readonly [NumberKind, NumberRange])[] = [
  ['premium', new NumberRange(metadata.premium)],
  ['toll_free', new NumberRange(metadata.toll_free)],
  ['landline', new NumberRange(metadata.landline)],
  ['mobile', new NumberRange(metadata.mobile)],
];

/** What kind of Kenyan number a national significant number is, or null if it is none. */
export function kindOf(nsn: string): NumberKind | null {
  if (nsn.startsWith('0') || !ANY.holds(nsn)) return null;
  return KINDS.find(([, range]) => range.holds(nsn))?.[0] ?? null;
}
