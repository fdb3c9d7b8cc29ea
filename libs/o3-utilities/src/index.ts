// The sandbox's helpers for the official Postman collections ({rs}/o3/v1.0/...): sign a message with
// the caller's key, sign and encrypt it to a JWKS of the local trust framework, a Postman environment.
export { O3UtilitiesModule, o3UtilitiesEnabled } from './o3-utilities.module';
export { postmanEnvironment, POSTMAN_VARIABLES, pemForJsonBody } from './postman-environment';
export type { PostmanEnvironment, PostmanEnvironmentInput, PostmanSigner } from './postman-environment';
