/** The LFI's account opening answer (Ozone Connect): the standards' Data members in a lower-case envelope. */
export interface OcAccountOpening {
  data: { AccountId: string; OpeningStatus?: string; [member: string]: unknown };
  links?: { AccountOpeningRedirectUrl?: string; [member: string]: unknown };
}

/** AECreateAccountResponseBody1 / AEReadAccountResponseBody1: the opening, Self and where the user completes it. */
export function accountOpeningResource(opening: OcAccountOpening, self: string): { Data: Record<string, unknown>; Links: Record<string, string>; Meta: Record<string, never> } {
  const links: Record<string, string> = { Self: self };
  if (typeof opening.links?.AccountOpeningRedirectUrl === 'string') links.AccountOpeningRedirectUrl = opening.links.AccountOpeningRedirectUrl;
  return { Data: { ...opening.data }, Links: links, Meta: {} };
}
