import { ApplicationBase } from '../directory/directory.types';
import { derivedUuid } from '../issuance/identifiers';
import { HUB_ORGANISATION_NAME } from './servers';

export type ApplicationIdentity = Pick<ApplicationBase, 'organisationId' | 'organisationName' | 'softwareStatementId' | 'clientId'>;

/** One hub organisation with one software statement (and client) per LFI it connects to. */
export function hubIdentity(tenantId: string): ApplicationIdentity {
  return {
    organisationId: derivedUuid('hub'),
    organisationName: HUB_ORGANISATION_NAME,
    softwareStatementId: derivedUuid(`hub:${tenantId}:software-statement`),
    clientId: derivedUuid(`hub:${tenantId}`),
  };
}

/** Each LFI is its own organisation in the directory, named as the tenant. */
export function lfiIdentity(tenant: { id: string; name: string }): ApplicationIdentity {
  return {
    organisationId: derivedUuid(`lfi:${tenant.id}`),
    organisationName: tenant.name,
    softwareStatementId: derivedUuid(`lfi:${tenant.id}:software-statement`),
    clientId: derivedUuid(`lfi:${tenant.id}:client`),
  };
}
