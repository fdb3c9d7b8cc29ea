import { awaitsFurtherAuthorizers, type MultipleAuthorizers } from './multiple-authorizers';

const authorizers = (...statuses: ('Pending' | 'Approved' | 'Rejected')[]): MultipleAuthorizers => ({
  TotalRequired: statuses.length,
  Authorizations: statuses.map((AuthorizationStatus, i) => ({ AuthorizerId: `officer-${i}`, AuthorizationStatus })),
});
const consent = (status: string, multi?: MultipleAuthorizers) => ({ status, consentBody: { Data: {}, ...(multi ? { Meta: { MultipleAuthorizers: multi } } : {}) } });

describe('awaitsFurtherAuthorizers: the first authorizer approved, others still to answer', () => {
  it('holds for an AwaitingAuthorization consent with some but not all approvals', () => {
    expect(awaitsFurtherAuthorizers(consent('AwaitingAuthorization', authorizers('Approved', 'Pending')))).toBe(true);
    expect(awaitsFurtherAuthorizers(consent('AwaitingAuthorization', authorizers('Approved', 'Approved', 'Pending')))).toBe(true);
    // One approver's approval sent twice is still one approval.
    const twice = { TotalRequired: 2, Authorizations: [{ AuthorizerId: 'a', AuthorizationStatus: 'Approved' as const }, { AuthorizerId: 'a', AuthorizationStatus: 'Approved' as const }] };
    expect(awaitsFurtherAuthorizers(consent('AwaitingAuthorization', twice))).toBe(true);
  });

  it.each([
    ['no authorizer approved yet', consent('AwaitingAuthorization', authorizers('Pending', 'Pending'))],
    ['an authorizer rejected', consent('AwaitingAuthorization', authorizers('Approved', 'Rejected'))],
    ['every authorizer approved (the LFI must PATCH Authorized)', consent('AwaitingAuthorization', authorizers('Approved', 'Approved'))],
    ['no multi-authorization', consent('AwaitingAuthorization')],
    ['a consent no longer awaiting', consent('Rejected', authorizers('Approved', 'Pending'))],
  ])('does not hold with %s', (_what, c) => {
    expect(awaitsFurtherAuthorizers(c)).toBe(false);
  });
});
