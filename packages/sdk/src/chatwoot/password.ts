const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const SPECIAL = '!@#$%^&*()-_=+[]{}';
const ALL = UPPER + LOWER + DIGITS + SPECIAL;

/** A uniformly random integer in [0, max), without modulo bias. */
function randomIndex(max: number): number {
  const limit = Math.floor(0x1_0000_0000 / max) * max;
  const buffer = new Uint32Array(1);
  while (true) {
    globalThis.crypto.getRandomValues(buffer);
    if (buffer[0]! < limit) return buffer[0]! % max;
  }
}

/**
 * A password that meets Chatwoot's rules: at least 16 characters with upper and lower case letters,
 * a digit and a special character, from `crypto.getRandomValues` (look-alike characters left out).
 *
 * @example
 * ```ts
 * const password = generatePassword(); // e.g. 'k7T#qz…' (16 characters)
 * ```
 */
export function generatePassword(length = 16): string {
  if (!Number.isInteger(length) || length < 16)
    throw new RangeError('Chatwoot passwords need at least 16 characters');
  const chars = [UPPER, LOWER, DIGITS, SPECIAL].map((set) => set[randomIndex(set.length)]!);
  while (chars.length < length) chars.push(ALL[randomIndex(ALL.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
