import { toInstant } from '@hub/persistence';
import type { AdapterPayload } from 'oidc-provider';
import type { OidcModelEntity } from './oidc-model.entity';

/** Which tenant's provider and which of its models an adapter instance serves. */
export interface OidcModelScope {
  tenantId: string;
  model: string;
}

const MS_PER_SECOND = 1000;

/** The row `upsert` writes: the payload whole, plus copies of the values rows are looked up by. */
export function toOidcModelRow(
  scope: OidcModelScope,
  id: string,
  payload: AdapterPayload,
  expiresIn: number | undefined,
  now: Date,
): OidcModelEntity {
  return {
    tenantId: scope.tenantId,
    model: scope.model,
    id,
    payload,
    grantId: lookupValue(payload.grantId),
    uid: lookupValue(payload.uid),
    userCode: lookupValue(payload.userCode),
    // The provider passes no lifetime for models that live until destroyed.
    expiresAt: expiresIn ? toInstant(new Date(now.getTime() + expiresIn * MS_PER_SECOND)) : null,
    // A save replaces the whole instance; any `consumed` the provider wants kept is in its payload.
    consumedAt: null,
  };
}

/** What `find` hands back: the stored payload, marked `consumed` (epoch seconds) once consumed. */
export function toAdapterPayload(row: Pick<OidcModelEntity, 'payload' | 'consumedAt'>): AdapterPayload {
  if (!row.consumedAt) return row.payload;
  return { ...row.payload, consumed: Math.floor(Date.parse(row.consumedAt) / MS_PER_SECOND) };
}

/** Only strings are indexed; anything else in a schemaless payload is not a lookup key. */
function lookupValue(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
