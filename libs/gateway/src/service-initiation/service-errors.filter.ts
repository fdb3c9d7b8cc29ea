import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ConsentResourceErrorFilter } from '../consent-resources/bodiless-errors.filter';
import { SignedErrorsFilter } from '../payment-consents/signed-errors.filter';
import { wantsJwt } from './service-response';

/**
 * Errors of the FX, account opening and insurance quote operations: 400, 403 and 500 carry the
 * standard Errors body, as JSON or, when the TPP accepts `application/jwt`, signed by the hub;
 * the rest have no body.
 */
@Catch()
@Injectable()
export class ServiceErrorsFilter implements ExceptionFilter {
  private readonly plain = new ConsentResourceErrorFilter();

  constructor(private readonly signed: SignedErrorsFilter) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<Request>();
    if (wantsJwt(req)) return this.signed.catch(exception, host);
    // The service documents' 401, 404, 405, 406, 415 and 429 have headers only: the plain filter knows them.
    this.plain.catch(exception, host);
  }
}
