// Log serializers that keep submissions out of the logs: a request is its method, path and
// id (no query string, no headers, never a body); an error is its type, code and status,
// plus the stack frames (not the message, which may quote input) for a server error.

interface RequestLike { method?: string; url?: string; id?: unknown }
interface ReplyLike { statusCode?: number }
interface ErrorLike { name?: string; message?: string; code?: unknown; statusCode?: unknown; stack?: string }

export const LOG_SERIALIZERS = {
  req(req: RequestLike) {
    return { method: req.method, url: typeof req.url === 'string' ? req.url.split('?')[0]!.slice(0, 300) : undefined, id: req.id };
  },
  res(reply: ReplyLike) {
    return { statusCode: reply.statusCode };
  },
  err(err: ErrorLike): { type: string; message: string; stack: string; [key: string]: unknown } {
    return {
      type: err?.name ?? typeof err,
      // Our own messages quote nothing but a plan id; any other may quote input.
      message: err?.name === 'ThiduaHttpError' && typeof err.message === 'string' ? err.message : '(không ghi / not logged)',
      stack: typeof err?.stack === 'string' ? err.stack.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 20).join('\n') : '',
      code: err?.code,
      statusCode: err?.statusCode,
    };
  },
};
