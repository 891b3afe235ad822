/**
 * Compares two secrets in time that depends only on their lengths, not on where they differ, so the
 * webhook secret cannot be guessed byte by byte from response times.
 */
export function secretsEqual(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i % Math.max(a.length, 1)] ?? 0) ^ b[i]!;
  return diff === 0 && a.length > 0;
}
