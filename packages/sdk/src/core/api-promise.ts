/** The final HTTP answer of a call (after retries), before its body is read. */
export interface RawResponse {
  /** The successful response. */
  response: Response;
  /** Its `X-Request-Id`. */
  requestId: string | undefined;
  /** Stops the call's timeout clock; called once the body has been read or handed over. */
  release(): void;
}

/** What `.withResponse()` resolves to: the validated data plus the raw response and its request id. */
export interface WithResponse<T> {
  /** The validated, typed result. */
  data: T;
  /** The raw response (its body has been read). */
  response: Response;
  /** The response's `X-Request-Id`. */
  requestId: string | undefined;
}

/**
 * What every SDK call returns: await it for the typed result, or ask for more with
 * `.withResponse()` (data + raw `Response` + request id) or `.asResponse()` (the raw, unread `Response`).
 * The request starts as soon as the method is called.
 *
 * @example
 * ```ts
 * const { data, requestId } = await client.support.threads.retrieve('thr_1').withResponse();
 * const raw = await client.files.download('file_1').asResponse();
 * ```
 */
export class APIPromise<T> implements PromiseLike<T> {
  #raw: Promise<RawResponse>;
  #parse: (raw: RawResponse) => Promise<T>;
  #parsed: Promise<WithResponse<T>> | undefined;

  /** @internal Used by the SDK's resources; not meant to be constructed by callers. */
  constructor(raw: Promise<RawResponse>, parse: (raw: RawResponse) => Promise<T>) {
    this.#raw = raw;
    this.#parse = parse;
  }

  /** The raw `Response`, body unread and unvalidated (errors still throw typed errors). */
  asResponse(): Promise<Response> {
    return this.#raw.then((raw) => {
      raw.release();
      return raw.response;
    });
  }

  /** The validated data together with the raw `Response` and its request id. */
  withResponse(): Promise<WithResponse<T>> {
    this.#parsed ??= this.#raw.then(async (raw) => {
      try {
        return { data: await this.#parse(raw), response: raw.response, requestId: raw.requestId };
      } finally {
        raw.release();
      }
    });
    return this.#parsed;
  }

  // biome-ignore lint/suspicious/noThenProperty: this class is a promise-like on purpose.
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.withResponse()
      .then((r) => r.data)
      .then(onfulfilled, onrejected);
  }

  /** Like `Promise.prototype.catch`. */
  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** `[object APIPromise]` in `Object.prototype.toString`. */
  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
