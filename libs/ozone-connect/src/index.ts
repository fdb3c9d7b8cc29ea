export * from './wire/consent-record';
export type { O3Context } from './client/o3-headers';
export { O3_HEADER, REQUIRED_O3_HEADERS, REQUIRED_SERVICE_O3_HEADERS, encodePsuIdentifiers, o3Headers } from './client/o3-headers';
export type { CertificateOrganisation } from './client/certificate-identity';
export { certificateOrganisation } from './client/certificate-identity';
export type { JwtAuthInput } from './client/jwt-auth';
export { JWT_AUTH_LIFETIME_SECONDS, signJwtAuth } from './client/jwt-auth';
export { OzoneConnectError } from './client/ozone-connect-error';
export { OZONE_CONNECT_PATH } from './client/ozone-connect-paths';
export type { OzoneConnectClientOptions, OzoneConnectTarget } from './client/ozone-connect-client';
export type { ServiceCallExtras } from './client/ozone-connect-client';
export { OzoneConnectClient } from './client/ozone-connect-client';
export { OzoneConnectClients, OzoneConnectModule } from './nest/ozone-connect-clients';

// --- Field maps from Ozone Connect's members to the standards' (typed against both documents) ---
export type { Convert, FieldMap, FieldMapOf, KeysOf, Mapped, Shape } from './mapping/field-map';
export { asIs, decimal, enumeration, integer, isObject, listOf, mapObject } from './mapping/field-map';

// --- Plain wire types generated from the official Ozone Connect v2.1 documents (tools/generate-wire-types.js) ---
export type * from './wire/bank-data';
export type * from './wire/service-initiation';
export type * from './wire/insurance';
export type * from './wire/cop-query';
export type * from './wire/products';
export type * from './wire/open-data';
