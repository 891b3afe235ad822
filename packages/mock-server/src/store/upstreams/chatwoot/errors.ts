/** An error answer of the emulated Chatwoot: its status and Chatwoot-shaped body. */
export class ChatwootHttpError extends Error {
  /** Always `ChatwootHttpError`, to tell it apart in logs. */
  override name = 'ChatwootHttpError';
  constructor(
    /** HTTP status Chatwoot answers with. */
    readonly status: number,
    /** Chatwoot's JSON error body (e.g. `{error}` for a 404, `{message, attributes}` for a 422). */
    readonly body: unknown,
  ) {
    super(`Chatwoot answered ${status}`);
  }
}

/** Chatwoot's 404 for an unknown (or another account's) record. */
export const notFound = (): ChatwootHttpError =>
  new ChatwootHttpError(404, { error: 'Resource could not be found' });

/** Chatwoot's 422 for a record it refuses, naming the attribute (`Email has already been taken`). */
export const unprocessable = (message: string): ChatwootHttpError =>
  new ChatwootHttpError(422, { message, attributes: [message.split(' ')[0]?.toLowerCase() ?? 'base'] });
