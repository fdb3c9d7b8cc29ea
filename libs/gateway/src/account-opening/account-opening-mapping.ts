import type { OzoneAccountOpeningCreated, OzoneAccountOpeningRead } from '@hub/ozone-connect';
import type { AECreateAccountResponseBody1, AEReadAccountResponseBody1 } from '@hub/standards';

/** The LFI's account opening answer (Ozone Connect AECreateAccountResponseBody1 or AEReadAccountResponseBody1, the same shape). */
export type OcAccountOpening = OzoneAccountOpeningCreated | OzoneAccountOpeningRead;

/** AECreateAccountResponseBody1 / AEReadAccountResponseBody1: the opening, Self and where the user completes it. */
export function accountOpeningResource(opening: OcAccountOpening, self: string): AECreateAccountResponseBody1 & AEReadAccountResponseBody1 {
  const links: AECreateAccountResponseBody1['Links'] & AEReadAccountResponseBody1['Links'] = { Self: self };
  // The LFI's body is checked against the document only by the tests: a link that is no string is left out.
  if (typeof opening.links?.AccountOpeningRedirectUrl === 'string') links.AccountOpeningRedirectUrl = opening.links.AccountOpeningRedirectUrl;
  return { Data: { ...opening.data }, Links: links, Meta: {} };
}
