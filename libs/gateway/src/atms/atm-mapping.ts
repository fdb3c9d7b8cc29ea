import type { OzoneAtm, OzoneAtmsResponse } from '@hub/ozone-connect';
import type { AEReadAtm, AEReadAtms1 } from '@hub/standards';

/**
 * The members of an ATM in both documents. Ozone Connect's `AEReadAtmsData1` is the ATM
 * standard's, so each member passes as it is; the list keeps anything else an LFI sends out.
 */
const ATM_MEMBERS = [
  'LFIId', 'LFIBrandId', 'ATMId', 'SupportedLanguages', 'Services', 'Accessibility', 'IsAccess24Hour', 'Availability',
  'SupportedCurrencies', 'MinimumPossibleAmount', 'MaximumPossibleAmount', 'Notes', 'Branch', 'Location', 'Links', 'ATMFee',
] as const satisfies readonly (keyof AEReadAtm & keyof OzoneAtm)[];

// Compile-time checks against both generated documents: every member of the standard's ATM is listed…
type Unlisted = Exclude<keyof AEReadAtm, (typeof ATM_MEMBERS)[number]>;
const everyMemberListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMemberListed;

function atmOf(ozone: OzoneAtm): AEReadAtm {
  // …and Ozone Connect's ATM is assignable to the standard's, member by member.
  const atm: AEReadAtm = ozone;
  return Object.fromEntries(ATM_MEMBERS.filter((m) => atm[m] !== undefined).map((m) => [m, atm[m]])) as unknown as AEReadAtm;
}

/** `GET /atm` of Ozone Connect (`{data, meta}`) as the ATM standard's `GET /atms` answer (`{Data, Meta}`). */
export function atmsOf(ozone: OzoneAtmsResponse): AEReadAtms1 {
  const data = ozone.data.map(atmOf);
  return { Data: data, Meta: { LastUpdatedDateTime: ozone.meta.LastUpdatedDateTime, TotalRecords: data.length } };
}
