import type { ConsentRecord } from '@hub/ozone-connect';
import { answerAsAuthorizer, authorizersOf, awaitsAnswerOf, firstApproval, type MultipleAuthorizers } from './multi-authorization';

const business = { ownerUserId: 'psu-owner', userIds: ['psu-owner', 'psu-finance'] };
const T0 = new Date('2027-01-10T08:00:00Z');
const LATER = new Date('2027-01-10T09:30:00Z');

function consent(meta: MultipleAuthorizers | undefined, status = 'AwaitingAuthorization', data: Record<string, unknown> = {}): ConsentRecord {
  return {
    id: 'c-1',
    status,
    consentType: 'cbuae-service-initiation-consents',
    request: { type: 'urn:openfinanceuae:service-initiation-consent:v2.1', consent: { IsSingleAuthorization: false } },
    consentBody: { Data: { Status: status, ...data }, ...(meta ? { Meta: { MultipleAuthorizers: meta } } : {}) },
  } as unknown as ConsentRecord;
}

const started = () => firstApproval(['psu-owner', 'psu-finance'], business, T0);

describe('authorizersOf: who must approve a payment consent', () => {
  it('asks every user of the business, the approver first, when the TPP allows several and the account is a business one', () => {
    expect(authorizersOf(false, 'SME', business, 'psu-owner')).toEqual(['psu-owner', 'psu-finance']);
    expect(authorizersOf(false, 'Corporate', business, 'psu-finance')).toEqual(['psu-finance', 'psu-owner']);
  });

  it.each([
    ['the TPP asks for a single authorizer', true, 'SME', business, 'psu-owner'],
    ['the TPP says nothing (read as single)', undefined, 'SME', business, 'psu-owner'],
    ['the flag is not a boolean', 'false', 'SME', business, 'psu-owner'],
    ['the account is a retail one', false, 'Retail', business, 'psu-owner'],
    ['the account holder is no business with users', false, 'SME', undefined, 'psu-owner'],
    ['the business has one user', false, 'SME', { ownerUserId: 'psu-owner', userIds: ['psu-owner'] }, 'psu-owner'],
    ['the approver is not a user of that business', false, 'SME', business, 'psu-outsider'],
  ])('leaves it to the approver alone when %s', (_why, flag, accountType, holder, approver) => {
    expect(authorizersOf(flag, accountType, holder, approver)).toBeUndefined();
  });
});

describe('firstApproval', () => {
  it('records the first approval, dated, and every other authorizer Pending, typed by their role', () => {
    expect(started()).toEqual({
      TotalRequired: 2,
      Authorizations: [
        { AuthorizerId: 'psu-owner', AuthorizerType: 'Management', AuthorizationDate: '2027-01-10T08:00:00.000Z', AuthorizationStatus: 'Approved' },
        { AuthorizerId: 'psu-finance', AuthorizerType: 'Financial', AuthorizationStatus: 'Pending' },
      ],
    });
  });
});

describe('answerAsAuthorizer: a later authorizer answers', () => {
  it('approves: the last approval authorizes the consent in the same PATCH', () => {
    const answer = answerAsAuthorizer(consent(started()), 'psu-finance', 'approve', LATER);
    expect(answer).toEqual({
      kind: 'patch',
      status: 'Authorized',
      patch: {
        authorizationChannel: 'Web',
        status: 'Authorized',
        'consentBody.Meta.MultipleAuthorizers': {
          TotalRequired: 2,
          Authorizations: [started().Authorizations[0], { AuthorizerId: 'psu-finance', AuthorizerType: 'Financial', AuthorizationDate: '2027-01-10T09:30:00.000Z', AuthorizationStatus: 'Approved' }],
        },
      },
    });
  });

  it('rejects: one rejection rejects the consent', () => {
    const answer = answerAsAuthorizer(consent(started()), 'psu-finance', 'reject', LATER);
    expect(answer).toMatchObject({ kind: 'patch', status: 'Rejected', patch: { status: 'Rejected' } });
    expect(answer.kind === 'patch' && (answer.patch['consentBody.Meta.MultipleAuthorizers'] as MultipleAuthorizers).Authorizations[1].AuthorizationStatus).toBe('Rejected');
  });

  it('keeps the consent waiting while more approvals are needed (three authorizers)', () => {
    const three = firstApproval(['psu-owner', 'psu-finance', 'psu-third'], { ownerUserId: 'psu-owner', userIds: ['psu-owner', 'psu-finance', 'psu-third'] }, T0);
    const answer = answerAsAuthorizer(consent(three), 'psu-finance', 'approve', LATER);
    expect(answer).toMatchObject({ kind: 'patch', status: 'AwaitingAuthorization' });
    expect(answer.kind === 'patch' && 'status' in answer.patch).toBe(false);
  });

  it.each([
    ['the same user approving twice', consent(started()), 'psu-owner', 'already-answered'],
    ['a user of another business', consent(started()), 'psu-outsider', 'not-an-authorizer'],
    ['an answer after the last one', consent({ ...started(), Authorizations: started().Authorizations.map((a) => ({ ...a, AuthorizationStatus: 'Approved' as const })) }, 'Authorized'), 'psu-finance', 'not-awaiting'],
    ['a consent without multi-authorization', consent(undefined), 'psu-finance', 'not-an-authorizer'],
    ['a user of another business, whatever the status', consent(started(), 'Authorized'), 'psu-outsider', 'not-an-authorizer'],
    ['a consent the hub expired', consent(started(), 'Expired'), 'psu-finance', 'not-awaiting'],
    ['a consent past its AuthorizationExpirationDateTime', consent(started(), 'AwaitingAuthorization', { AuthorizationExpirationDateTime: '2027-01-10T09:00:00Z' }), 'psu-finance', 'expired'],
  ])('refuses %s', (_what, c, userId, reason) => {
    expect(answerAsAuthorizer(c, userId, 'approve', LATER)).toEqual({ kind: 'refused', reason });
    expect(answerAsAuthorizer(c, userId, 'reject', LATER)).toEqual({ kind: 'refused', reason });
    expect(awaitsAnswerOf(c, userId, LATER)).toBe(false);
  });

  it('waits for exactly the pending authorizer, before the deadline', () => {
    const c = consent(started(), 'AwaitingAuthorization', { AuthorizationExpirationDateTime: '2027-01-10T10:00:00Z' });
    expect(awaitsAnswerOf(c, 'psu-finance', LATER)).toBe(true);
    expect(awaitsAnswerOf(c, 'psu-owner', LATER)).toBe(false);
  });
});
