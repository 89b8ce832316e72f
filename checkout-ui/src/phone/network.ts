/**
 * The network a Kenyan mobile range was first allocated to (daraja-facts.md section 11). Only a
 * hint: numbers are portable, so the page may warn about a non-Safaricom prefix but never refuses it.
 */
export type MobileNetwork = 'safaricom' | 'airtel' | 'telkom' | 'equitel' | 'faiba' | 'unknown';

type Range = readonly [from: number, to: number];

// By the first three digits of the 9-digit national number (0712… → 712).
const RANGES: Readonly<Record<Exclude<MobileNetwork, 'unknown'>, readonly Range[]>> = {
  safaricom: [[110, 115], [700, 729], [740, 743], [745, 746], [748, 748], [757, 759], [768, 769], [790, 799]],
  airtel: [[100, 102], [730, 739], [750, 756], [762, 762], [780, 789]],
  telkom: [[770, 779]],
  equitel: [[763, 766]],
  faiba: [[747, 747]],
};

/** @param nsn the 9-digit national significant number, e.g. `712345678` */
export function networkOf(nsn: string): MobileNetwork {
  const prefix = Number(nsn.slice(0, 3));
  for (const [network, ranges] of Object.entries(RANGES)) {
    if (ranges.some(([from, to]) => prefix >= from && prefix <= to)) return network as MobileNetwork;
  }
  return 'unknown';
}
