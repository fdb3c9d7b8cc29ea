import type { ConsentRecord } from '@hub/ozone-connect';
import { mapBankDataResponse } from '../mapping/index-internal';
import type { ConsentedRead } from '../pipeline/consented-read-pipeline';
import { dateTimeParam } from '../request/request-headers';
import { BankDataOperation } from './bank-data-operations';
import { consentAccess, ConsentGrantForCall, grantedPermissions } from './consent-access';
import { transactionsGrant } from './transaction-permissions';

/** A Bank Data Sharing operation described for the consented-read pipeline. */
export function bankDataRead(op: BankDataOperation, accountId?: string): ConsentedRead<ConsentGrantForCall> {
  return {
    scope: 'accounts',
    consentType: 'cbuae-account-access-consents',
    tppPath: op.tppPath,
    ocPath: op.ocPath(accountId ?? ''),
    paginated: op.paginated,
    access: (consent) => consentAccess(consent, op, accountId),
    ocQuery: (consent: ConsentRecord, query) => ({
      ...(op.resource === 'accounts' ? { accountIds: (consent.accountIds ?? []).join(',') } : {}),
      ...(op.resource === 'transactions'
        ? { fromBookingDateTime: dateTimeParam(query, 'fromBookingDateTime'), toBookingDateTime: dateTimeParam(query, 'toBookingDateTime') }
        : {}),
    }),
    ...(op.resource === 'transactions' ? { o3: (consent: ConsentRecord) => ({ fxTransactions: transactionsGrant(grantedPermissions(consent)).fxTransactionsOnly }) } : {}),
    map: (answer, page, grant) => mapBankDataResponse(op.resource, answer, page, { detail: grant.detail }),
  };
}
