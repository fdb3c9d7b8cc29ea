import { ApiErrorFilter, toApiError } from '@hub/kernel';
import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

/** 404Error and 415Error of the consent resources' documents carry headers only, no content. */
const BODILESS = new Set([404, 415]);

/**
 * The TPP consent resources answer every error in the standards' `Errors[]` format except those
 * the documents define without a body.
 */
@Catch()
export class ConsentResourceErrorFilter implements ExceptionFilter {
  private readonly standard = new ApiErrorFilter(() => 'standard');

  catch(exception: unknown, host: ArgumentsHost): void {
    const error = toApiError(exception);
    const res = host.switchToHttp().getResponse<Response>();
    if (!BODILESS.has(error.status) || res.headersSent) return this.standard.catch(exception, host);
    res.status(error.status).end();
  }
}
