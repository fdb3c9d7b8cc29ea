import { answersWithoutBody, answerWithoutBody, renderError, toApiError } from '@hub/kernel';
import type { RequestWithCaller } from '@hub/trust-framework';
import { ArgumentsHost, Catch, ExceptionFilter, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ConsentResourceErrorFilter } from '../consent-resources/bodiless-errors.filter';
import { HubResponseSigner } from './hub-response-signer';

/**
 * Errors of the payment consent resource: the document's 400, 403 and 500 are `application/jwt`,
 * the standard Errors body signed by the hub like the resource itself; the others have no body.
 */
@Catch()
@Injectable()
export class SignedErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('SignedErrorsFilter');
  /** The unsigned fallback. */
  private readonly plain = new ConsentResourceErrorFilter();

  /** `aud` as one string rather than AEJwt's array, where the document types it so. */
  protected readonly singleAudience: boolean = false;

  constructor(private readonly signer: HubResponseSigner) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const error = toApiError(exception);
    const req = host.switchToHttp().getRequest<Request & RequestWithCaller>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    // The bank-initiation document's 401, 404, 405, 406, 415 and 429 have headers only.
    if (answersWithoutBody(error, 'tppDocuments')) return answerWithoutBody(res, error);
    let jwt: string;
    try {
      jwt = await this.signer.sign(String(req.params.tenant), renderError('standard', error), req.caller?.clientId, { singleAudience: this.singleAudience });
    } catch (e) {
      // Without a signing key the TPP still learns what went wrong, unsigned.
      this.logger.error({ err: e }, 'cannot sign an error response');
      return this.plain.catch(exception, host);
    }
    if (error.status >= 500) this.logger.error({ err: exception, path: req.originalUrl }, 'request failed');
    res.status(error.status).type('application/jwt').send(jwt);
  }
}
