export * from './sandbox-process';
export * from './mtls-client';
export * from './official-specs';
export * from './schema-validation';
export * from './lfi-receiver';
export * from './openapi-flatten';
export * from './tpp-client';
export * from './raw-fapi';
