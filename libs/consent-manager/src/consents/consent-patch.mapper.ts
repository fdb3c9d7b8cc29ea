import { ApiError } from '@hub/kernel';
import { ConsentStatus, ConsentType, type ConsentPatch } from '@hub/consent';
import { ConsentPatchDto } from './dto/consent-patch.dto';

type PatchKey = keyof ConsentPatchDto;

const COMMON: PatchKey[] = [
  'authorizationChannel',
  'status',
  'consentBody.Data.Status',
  'consentBody.Data.RevokedBy',
  'psuIdentifiers',
  'supplementaryInformation',
  'consentBody.Data.OpenFinanceBilling',
  'consentUsage',
];

/** The three closed PATCH schemas of the Consent Manager document, by consent type. */
const KEYS_BY_TYPE: Record<ConsentType, readonly PatchKey[]> = {
  [ConsentType.AccountAccess]: [...COMMON, 'accountIds'],
  [ConsentType.ServiceInitiation]: [...COMMON, 'accountIds', 'consentBody.Data.ExchangeRate', 'consentBody.Data.Charges', 'consentBody.Meta.MultipleAuthorizers', 'ConnectToken'],
  [ConsentType.Insurance]: [...COMMON, 'insurancePolicyIds'],
};

function present(dto: ConsentPatchDto): PatchKey[] {
  return (Object.keys(dto) as PatchKey[]).filter((k) => dto[k] !== undefined);
}

function statusOf(dto: ConsentPatchDto): ConsentStatus | undefined {
  const plain = dto.status;
  const dotted = dto['consentBody.Data.Status'];
  if (plain && dotted && plain !== dotted) {
    throw ApiError.badRequest(`status (${plain}) and consentBody.Data.Status (${dotted}) disagree`, 'status');
  }
  return (plain ?? dotted) as ConsentStatus | undefined;
}

/**
 * Checks the keys against the schema of the consent's type and turns the flat body into the
 * domain's ConsentPatch. The body was already validated field by field by its DTO.
 */
export function toConsentPatch(dto: ConsentPatchDto, consentType: string, raw: Record<string, unknown>): ConsentPatch {
  const allowed = KEYS_BY_TYPE[consentType as ConsentType] ?? COMMON;
  const foreign = present(dto).find((k) => !allowed.includes(k));
  if (foreign) throw ApiError.badRequest(`${foreign} is not a property of a ${consentType} consent patch`, foreign);
  if (consentType === ConsentType.ServiceInitiation && (dto.accountIds?.length ?? 0) > 1) {
    throw ApiError.badRequest('accountIds of a service initiation consent must hold exactly one account (the debtor account)', 'accountIds');
  }
  return {
    status: statusOf(dto),
    revokedBy: dto['consentBody.Data.RevokedBy'],
    psuIdentifiers: dto.psuIdentifiers,
    accountIds: dto.accountIds,
    insurancePolicyIds: dto.insurancePolicyIds,
    supplementaryInformation: dto.supplementaryInformation,
    authorizationChannel: dto.authorizationChannel,
    openFinanceBilling: dto['consentBody.Data.OpenFinanceBilling'] ? { ...dto['consentBody.Data.OpenFinanceBilling'] } : undefined,
    consentUsage: dto.consentUsage ? { ...dto.consentUsage } : undefined,
    exchangeRate: dto['consentBody.Data.ExchangeRate'] ? { ...dto['consentBody.Data.ExchangeRate'] } : undefined,
    charges: dto['consentBody.Data.Charges']?.map((c) => ({ ...c, Amount: { ...c.Amount } })),
    multipleAuthorizers: dto['consentBody.Meta.MultipleAuthorizers'] as ConsentPatch['multipleAuthorizers'],
    connectToken: dto.ConnectToken,
    raw,
  };
}
