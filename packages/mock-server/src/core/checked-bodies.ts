/**
 * JSON texts one response schema has already accepted, so an answer repeated byte for byte (a
 * polled list, a config) is checked once instead of on every request. Bounded by characters kept;
 * the oldest texts are forgotten first, and a text longer than a tenth of the bound is not kept.
 */
export class CheckedBodies {
  private readonly texts = new Set<string>();
  private chars = 0;

  /** @param maxChars - Characters kept at most (default 128 Ki). */
  constructor(private readonly maxChars = 128 * 1024) {}

  /** True when `json` was accepted before. */
  has(json: string): boolean {
    return this.texts.has(json);
  }

  /** Remembers that `json` was accepted. */
  add(json: string): void {
    if (json.length > this.maxChars / 10 || this.texts.has(json)) return;
    this.texts.add(json);
    this.chars += json.length;
    for (const oldest of this.texts) {
      if (this.chars <= this.maxChars) break;
      this.texts.delete(oldest);
      this.chars -= oldest.length;
    }
  }
}
