/** AEAccountNameMatchIndicators: how the name the TPP sent compares with the account's holder. */
export const NAME_MATCH_INDICATORS = ['ConfirmationOfPayee.Yes', 'ConfirmationOfPayee.Partial', 'ConfirmationOfPayee.No'] as const;
export type NameMatchIndicator = (typeof NAME_MATCH_INDICATORS)[number];
