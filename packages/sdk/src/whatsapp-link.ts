/**
 * A WhatsApp click-to-chat link `https://wa.me/<digits>?text=…`. The number may be written with
 * `+`, spaces, dashes, dots or parentheses; what remains must be 8–15 digits (E.164 without `+`).
 *
 * @param number - The phone number, country code first.
 * @param text - Optional message to pre-fill.
 * @throws {TypeError} when the number is not 8–15 digits once normalised.
 *
 * @example
 * ```ts
 * whatsappLink('+55 (11) 98765-4321', 'Hi!'); // 'https://wa.me/5511987654321?text=Hi!'
 * ```
 */
export function whatsappLink(number: string, text?: string): string {
  if (typeof number !== 'string') throw new TypeError('WhatsApp number must be a string');
  const digits = number
    .trim()
    .replace(/^\+/, '')
    .replace(/[\s().-]/g, '');
  if (!/^\d{8,15}$/.test(digits)) {
    throw new TypeError(`Not a WhatsApp number (expected 8 to 15 digits): ${JSON.stringify(number)}`);
  }
  const url = `https://wa.me/${digits}`;
  return text ? `${url}?text=${encodeURIComponent(text)}` : url;
}
