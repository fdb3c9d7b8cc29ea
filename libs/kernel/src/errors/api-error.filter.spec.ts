import { ArgumentsHost, BadRequestException, NotFoundException } from '@nestjs/common';
import { ApiError } from './api-error';
import { ApiErrorFilter, toApiError } from './api-error.filter';
import { renderError } from './wire-formats';

function hostFor(path: string) {
  const res = { statusCode: 0, body: undefined as unknown, headersSent: false, status(code: number) { this.statusCode = code; return this; }, json(b: unknown) { this.body = b; return this; } };
  const host = { switchToHttp: () => ({ getRequest: () => ({ path, originalUrl: path }), getResponse: () => res }) } as unknown as ArgumentsHost;
  return { host, res };
}

describe('error wire formats', () => {
  const e = new ApiError(403, 'AccessToken.InvalidScope', 'The token lacks the accounts scope', 'Authorization');

  it('renders the standards body for TPP-facing APIs', () => {
    expect(renderError('standard', e)).toEqual({ Errors: [{ Code: 'AccessToken.InvalidScope', Message: 'The token lacks the accounts scope', Path: 'Authorization' }] });
  });

  it('renders {errorCode, errorMessage} for LFI-facing APIs', () => {
    expect(renderError('ozone', e)).toEqual({ errorCode: 'AccessToken.InvalidScope', errorMessage: 'The token lacks the accounts scope' });
  });

  it('renders RFC 6749 errors for OAuth endpoints', () => {
    expect(renderError('oauth', ApiError.badRequest('redirect_uri is not registered'))).toEqual({ error: 'invalid_request', error_description: 'redirect_uri is not registered' });
  });

  it('keeps every field message of a validation failure', () => {
    const err = toApiError(new BadRequestException({ message: ['Data.Status must be Revoked', 'Data.RevokedBy is required'] }));
    expect(err).toMatchObject({ status: 400, code: 'Body.InvalidFormat', message: 'Data.Status must be Revoked; Data.RevokedBy is required' });
  });

  it('never leaks an unexpected exception', () => {
    const err = toApiError(new Error('SQLITE_CORRUPT at /var/x'));
    expect(err.status).toBe(500);
    expect(err.message).not.toMatch(/SQLITE/);
  });

  it('answers in the format the selector picks for the route', () => {
    const filter = new ApiErrorFilter((req) => (req.path.includes('/cm/') ? 'ozone' : 'standard'));
    const cm = hostFor('/falcon-bank/cm/consents/x');
    filter.catch(new NotFoundException('no consent x'), cm.host);
    expect(cm.res.statusCode).toBe(404);
    expect(cm.res.body).toEqual({ errorCode: 'Resource.NotFound', errorMessage: 'no consent x' });
    const rs = hostFor('/falcon-bank/rs/accounts');
    filter.catch(ApiError.forbidden('not a TPP certificate'), rs.host);
    expect(rs.res.body).toEqual({ Errors: [{ Code: 'GenericError', Message: 'not a TPP certificate' }] });
  });
});
