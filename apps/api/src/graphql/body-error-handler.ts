import type { NextFunction, Request, Response } from 'express';

interface BodyParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
  expose?: boolean;
}

/**
 * Express error middleware placed right after the body parsers: a body over the limit (413) or
 * that is not JSON (400) gets a typed JSON answer instead of Express's HTML page — GraphQL shape
 * (`errors[0].extensions.code = BAD_USER_INPUT`, with `http.status`) on /graphql, `{ code, message }`
 * elsewhere. Any other error goes on to the next handler.
 */
export function bodyErrorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  const e = (err ?? {}) as BodyParserError;
  const status = e.status ?? e.statusCode;
  if (!e.type || !status || status < 400 || status >= 500) return next(err);
  const message = status === 413
    ? `request body is larger than the limit of ${e.limit ?? '?'} bytes (credential documents: at most 2,000,000 bytes; import files: POST /imports, 50 MB)`
    : e.type === 'entity.parse.failed' ? 'request body is not valid JSON' : `unreadable request body (${e.type})`;
  if (res.headersSent) return next(err);
  const details = { reason: e.type, ...(e.limit ? { limit: e.limit } : {}) };
  if (req.path.startsWith('/graphql')) {
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', http: { status }, ...details } }] });
  } else {
    res.status(status).json({ code: 'BAD_USER_INPUT', message, details });
  }
}
