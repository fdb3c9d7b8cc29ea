/** Tables and migrations of the account openings (added to mockLfiPersistenceParts). */
export const accountOpeningParts = { entities: [] as Function[], migrations: [] as Function[] };
