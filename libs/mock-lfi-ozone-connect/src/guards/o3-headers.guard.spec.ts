import type { ExecutionContext } from '@nestjs/common';
import { O3HeadersGuard, REQUIRED_O3_HEADERS } from './o3-headers.guard';

const complete: Record<string, string> = {
  'o3-provider-id': 'alpha-bank',
  'o3-aspsp-id': 'alpha-bank',
  'o3-caller-org-id': 'org-1',
  'o3-caller-client-id': 'client-1',
  'o3-caller-software-statement-id': 'ssa-1',
  'o3-api-uri': '/open-finance/account-information/v2.1/account-access-consents',
  'o3-api-operation': 'POST',
  'o3-consent-id': 'c-1',
  'o3-ozone-interaction-id': 'i-1',
};

function check(headers: Record<string, string>): boolean {
  const req = { headers, params: { tenant: 'alpha-bank' } };
  return new O3HeadersGuard().canActivate({ switchToHttp: () => ({ getRequest: () => req }) } as unknown as ExecutionContext);
}

function without(name: string): Record<string, string> {
  const { [name]: _dropped, ...rest } = complete;
  return rest;
}

describe('O3HeadersGuard', () => {
  it('admits the complete set, with or without the deprecated o3-aspsp-id', () => {
    expect(check(complete)).toBe(true);
    expect(check(without('o3-aspsp-id'))).toBe(true);
  });

  it.each(REQUIRED_O3_HEADERS)('refuses a call without %s, naming it', (name) => {
    expect(() => check(without(name))).toThrow(expect.objectContaining({ status: 400, code: 'Body.InvalidFormat', message: `${name} is required` }));
  });

  it.each([
    ['o3-provider-id', 'beta-bank', /not this LFI \('alpha-bank'\)/],
    ['o3-aspsp-id', 'beta-bank', /differs from o3-provider-id/],
    ['o3-psu-identifier', 'not base64!', /base64 encoding of a JSON object/],
    ['o3-psu-identifier', Buffer.from('[1]').toString('base64'), /base64 encoding of a JSON object/],
  ])('refuses %s = %s', (name, value, message) => {
    expect(() => check({ ...complete, [name]: value })).toThrow(expect.objectContaining({ status: 400, message: expect.stringMatching(message) }));
  });

  it('admits a base64 JSON PSU identifier', () => {
    expect(check({ ...complete, 'o3-psu-identifier': Buffer.from('{"userId":"psu-1"}').toString('base64') })).toBe(true);
  });
});
