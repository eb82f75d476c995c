// Powers of ten that a double holds exactly (10^22 is the largest).
const EXACT_POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Digits whose integer value stays below 2^53, so the accumulation below is exact. */
const MAX_DIGITS = 15;

/**
 * `+text` for CSV cells, faster on the common shape `[-]digits[.digits]` with at most 15 digits:
 * the digits form an exact integer m and the value is m / 10^f, one correctly rounded division of
 * two exact doubles, which is the correctly rounded value of the decimal (Clinger, "How to read
 * floating point numbers accurately", PLDI 1990) and so the same double `+text` gives. Anything
 * else (exponents, a leading `+`, spaces, hex, more digits, text) goes to `+text` itself: the
 * result is `Object.is`-equal to `+text` for every string.
 */
export function parseDecimal(text: string): number {
  const length = text.length;
  let i = 0;
  let negative = false;
  if (length > 0 && text.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
    } else if (c === 46 /* . */ && point < 0) {
      point = i;
    } else {
      return +text;
    }
  }
  if (digits === 0 || digits > MAX_DIGITS) return +text;
  const fraction = point < 0 ? 0 : length - 1 - point;
  const value = fraction === 0 ? mantissa : mantissa / EXACT_POWERS[fraction];
  return negative ? -value : value;
}
