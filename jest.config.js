// Three tiers (see README "Tests"): unit (no servers), integration (real SQLite/PostgreSQL, Redis,
// TLS sockets) and e2e (the whole sandbox started as `npm start` does, driven over HTTPS).
'use strict';

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // jose, oidc-provider and openid-client are ESM-only; Jest on Node 20 cannot require() them, so
  // ts-jest transpiles them to CommonJS like our own sources.
  transform: { '^.+\\.(t|j)s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  transformIgnorePatterns: ['/node_modules/(?!(.*/node_modules/)?(jose|oidc-provider|openid-client|oauth4webapi|cookie)/)'],
  moduleNameMapper: { '^@hub/(.*)$': '<rootDir>/libs/$1/src' },
  setupFiles: ['<rootDir>/test/setup/structured-clone.js'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  // testTimeout is a global option in Jest 30 (ignored inside projects): one generous value for
  // all tiers, because CI shares two cores between Jest, the sandbox's processes, Redis and
  // PostgreSQL, and a sandbox start or key generation can take seconds there.
  testTimeout: 90_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts', '<rootDir>/test/lint/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/build-once.js',
    },
  ],
};
