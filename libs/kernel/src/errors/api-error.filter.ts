import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError } from './api-error';
import { answersWithoutBody, answerWithoutBody } from './statuses-without-body';
import { ErrorWireFormat, renderError } from './wire-formats';

/** Picks the wire format of the surface a request reached (by path, decided by the app). */
export type ErrorFormatSelector = (req: Request) => ErrorWireFormat;

const CODE_BY_STATUS: Record<number, string> = {
  400: 'Body.InvalidFormat',
  401: 'GenericError',
  403: 'GenericError',
  404: 'Resource.NotFound',
  405: 'GenericError',
  415: 'Body.InvalidFormat',
  429: 'GenericRecoverableError',
};

/** ValidationPipe answers with a list of messages: keep them all, they name the fields. */
function messageOf(e: HttpException): string {
  const res = e.getResponse();
  if (typeof res === 'string') return res;
  const msg = (res as { message?: unknown }).message;
  return Array.isArray(msg) ? msg.join('; ') : String(msg ?? e.message);
}

export function toApiError(exception: unknown): ApiError {
  if (exception instanceof ApiError) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return new ApiError(status, CODE_BY_STATUS[status] ?? 'GenericError', messageOf(exception));
  }
  return new ApiError(500, 'GenericError', 'An unexpected error occurred in the sandbox; see its log for this x-fapi-interaction-id');
}

/** One filter for every surface; the selector tells which of the three bodies to write. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiErrorFilter');

  constructor(private readonly selectFormat: ErrorFormatSelector) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const error = toApiError(exception);
    if (error.status >= 500) this.logger.error({ err: exception, path: req.originalUrl }, 'request failed');
    if (res.headersSent) return;
    if (answersWithoutBody(error)) return answerWithoutBody(res, error);
    if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    res.status(error.status).json(renderError(this.selectFormat(req), error));
  }
}
