import type { CbuaeCopCustomer } from '@hub/ozone-connect';
import type { NameMatchIndicator } from '@hub/standards';
import { maskedName } from './masked-name';
import { closer, matchBusinessName, matchPersonName, type NameMatch } from './name-matching';

/** The name the TPP asks about (AEAccountNameConfirmationProperties): a person's or a business's. */
export interface PayeeName {
  FullName?: string;
  GivenName?: string;
  LastName?: string;
  BusinessName?: string;
}

/** The `Data` of the confirmation answer. */
export interface PayeeConfirmation {
  NameMatchIndicator: NameMatchIndicator;
  MaskedName?: string;
}

interface HeldNames {
  people: string[];
  businesses: string[];
}

/** Every name the LFI holds for the account: each person's full name (and its parts joined), each business name. */
function heldNamesOf(customers: readonly CbuaeCopCustomer[]): HeldNames {
  const held: HeldNames = { people: [], businesses: [] };
  for (const claim of customers.flatMap((c) => c.verifiedClaims ?? [])) {
    const person = claim.claims;
    if (person?.fullName) held.people.push(person.fullName);
    if (person?.givenName && person.familyName) held.people.push([person.givenName, person.middleName, person.familyName].filter(Boolean).join(' '));
    if (claim.organisationClaims?.name) held.businesses.push(claim.organisationClaims.name);
  }
  return held;
}

/** The names the payer gave: the full name, and given + last name when both were collected. */
function givenNamesOf(name: PayeeName): string[] {
  const parts = name.GivenName && name.LastName ? [`${name.GivenName} ${name.LastName}`] : [];
  return name.FullName ? [name.FullName, ...parts] : parts;
}

const INDICATOR: Record<NameMatch, NameMatchIndicator> = { Yes: 'ConfirmationOfPayee.Yes', Partial: 'ConfirmationOfPayee.Partial', No: 'ConfirmationOfPayee.No' };

/**
 * Ozone takes on the CoP name matching (Ozone Connect findCustomerForCop): the LFI returns the
 * account's customer records and the hub compares. The best match over every holder (joint
 * accounts have several) and every name of a business (legal and trading) decides; a personal
 * name is compared with people, a business name with businesses. The masked name is the held
 * name that matched, on Yes and Partial only. No records: the IBAN is not recognised (undefined).
 */
export function confirmPayee(name: PayeeName, customers: readonly CbuaeCopCustomer[]): PayeeConfirmation | undefined {
  if (customers.length === 0) return undefined;
  const held = heldNamesOf(customers);
  const [given, against, match] = name.BusinessName !== undefined ? [[name.BusinessName], held.businesses, matchBusinessName] : [givenNamesOf(name), held.people, matchPersonName];
  let best: { match: NameMatch; held?: string } = { match: 'No' };
  for (const heldName of against) {
    for (const givenName of given) {
      const m = match(givenName, heldName);
      if (closer(m, best.match)) best = { match: m, held: heldName };
    }
  }
  if (best.match === 'No' || !best.held) return { NameMatchIndicator: INDICATOR.No };
  return { NameMatchIndicator: INDICATOR[best.match], MaskedName: maskedName(best.held) };
}
