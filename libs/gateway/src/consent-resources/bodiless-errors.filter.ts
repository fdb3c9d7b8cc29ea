import { answersWithoutBody, answerWithoutBody, ApiErrorFilter, toApiError } from '@hub/kernel';
import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

/**
 * The TPP consent resources (and the service operations' JSON answers) answer every error in the
 * standards' `Errors[]` format except those the documents define without a body
 * (STATUSES_WITHOUT_BODY.tppDocuments).
 */
@Catch()
export class ConsentResourceErrorFilter implements ExceptionFilter {
  private readonly standard = new ApiErrorFilter(() => 'standard');

  catch(exception: unknown, host: ArgumentsHost): void {
    const error = toApiError(exception);
    const res = host.switchToHttp().getResponse<Response>();
    if (!answersWithoutBody(error, 'tppDocuments') || res.headersSent) return this.standard.catch(exception, host);
    answerWithoutBody(res, error);
  }
}
