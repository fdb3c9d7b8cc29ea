export * from './sandbox-process';
export * from './mtls-client';
export * from './official-specs';
export * from './schema-validation';
