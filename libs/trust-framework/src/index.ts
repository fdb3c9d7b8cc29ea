export type {
  Directory,
  ServerName,
  TlsFiles,
  ApplicationBase,
  HubApplication,
  LfiApplication,
  TppApplication,
} from './directory/directory.types';
export { readDirectory } from './directory/directory-file';
export { ensureTrustFramework } from './bootstrap/ensure-trust-framework';
export type { EnsureTrustFrameworkOptions, TenantSpec } from './bootstrap/ensure-trust-framework';
export { DEFAULT_SERVER_HOSTNAMES } from './bootstrap/defaults';
export { addTppApplication } from './tpp/add-tpp-application';
export type { TppApplicationSpec } from './tpp/tpp-registration';
export { TrustDirectory } from './caller/trust-directory';
export type { CallerIdentity, CallerKind, TppCaller, LfiCaller, HubCaller, Identification } from './caller/caller-identity';
export { ClientCertificateGuard } from './caller/client-certificate.guard';
export { RequireCaller } from './caller/require-caller.decorator';
export type { CallerRequirement } from './caller/require-caller.decorator';
export { Caller } from './caller/caller.decorator';
export type { RequestWithCaller } from './caller/caller.decorator';
export { TrustFrameworkModule } from './nest/trust-framework.module';
export type { TrustFrameworkModuleOptions } from './nest/trust-framework.module';
export { lfiHelloMtlsController } from './nest/lfi-hello-mtls.controller';
