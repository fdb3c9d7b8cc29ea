/** Tables and migrations of the FX desk's quotes (added to mockLfiPersistenceParts). */
export const fxQuoteParts = { entities: [] as Function[], migrations: [] as Function[] };
