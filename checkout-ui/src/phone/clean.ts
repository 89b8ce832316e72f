/**
 * Turns what a customer typed or pasted into plain ASCII digits (and a leading `+`), removing the
 * decoration that phones, spreadsheets and chat apps add. Anything else is left in place so the
 * caller can say "letters".
 */

// Spaces of every kind (\s covers NBSP, narrow NBSP and U+FEFF), the invisible joiners that
// copy-paste drags along, and the punctuation people group digits with.
const SEPARATORS = /[\s\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212./()]/gu;
const QUOTES = '"\'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A';
const SURROUNDING_QUOTES = new RegExp(`^[${QUOTES}]+|[${QUOTES}]+$`, 'gu');
const TEL_SCHEME = /^tel:/i;
const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;

export function cleanPhoneInput(typed: string): string {
  // NFKC folds full-width digits and signs (＋０７…) into ASCII ones.
  let text = typed.normalize('NFKC').replace(SEPARATORS, '');
  text = text.replace(SURROUNDING_QUOTES, '').replace(TEL_SCHEME, '');
  return text.replace(NON_ASCII_DIGIT, (digit) => String(digitValue(digit.codePointAt(0)!)));
}

/**
 * Unicode keeps every script's decimal digits as contiguous runs of ten, 0 to 9, and where runs
 * touch (mathematical digits) each still starts at a zero. So a digit's value is its distance
 * from the start of its run, modulo ten, whatever Unicode version the browser knows.
 */
function digitValue(codePoint: number): number {
  let start = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (codePoint - start) % 10;
}
