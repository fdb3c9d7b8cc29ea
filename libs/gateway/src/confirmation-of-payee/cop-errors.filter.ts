import { Catch, Injectable } from '@nestjs/common';
import { SignedErrorsFilter } from '../payment-consents/signed-errors.filter';

/**
 * Errors of Confirmation of Payee: 400, 403 and 500 signed by the hub (AEError…ResponseBodySigned),
 * whose `aud` the document types as a single string; the others have no body.
 */
@Catch()
@Injectable()
export class CopErrorsFilter extends SignedErrorsFilter {
  protected override readonly singleAudience = true;
}
