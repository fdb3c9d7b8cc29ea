// Machine-checked boundaries: the project's "never" rules (the boundary table of docs/ARCHITECTURE.md) as dependency-cruiser
// rules, run by `npm run lint` and in CI.
//
// Why dependency-cruiser and not eslint-plugin-boundaries: it resolves the tsconfig path aliases
// itself (no extra import-resolver plugin), sees type-only imports too, and its rules are regular
// expressions over the RESOLVED file paths with group matching ($1 = "the importing library"). So
// one rule says "a lib imports another lib only through its index.ts" and another "a relative import
// never lands in another lib", and a library added later is governed the moment it is created,
// by its folder name alone.
//
// Paths below are relative to the repository root. "Production" is what the build ships; test
// code (specs, fixtures, `testing/` folders, libs/testing, test/, bench/) never leaks into it. The
// kernel, wire and infrastructure rules govern production code only (a wire lib's test may build a
// trust framework for its certificates); the domain and mock-LFI rules hold for tests too, which
// may add libs/testing (production may not: production-imports-no-test-code).
'use strict';

const TEST_CODE = '(\\.spec|\\.int-spec|\\.e2e-spec|\\.fixture)\\.ts$|/testing/|^(test|bench)/';
const OURS = '^(libs|apps)/';
const MOCK_LFI = '^(apps/mock-lfi|libs/mock-lfi-[^/]+)/';

/** A layering rule that governs production code only. */
const production = (path) => ({ path, pathNot: TEST_CODE });

module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-nothing-of-ours',
      comment: 'the kernel depends on no other library.',
      severity: 'error',
      from: production('^libs/kernel/'),
      to: { path: OURS, pathNot: '^libs/kernel/' },
    },
    {
      name: 'wire-imports-only-kernel',
      comment: 'wire types (standards, ozone-connect) depend on nothing but the kernel.',
      severity: 'error',
      from: production('^libs/(standards|ozone-connect)/'),
      to: { path: OURS, pathNot: '^libs/(kernel|$1)/' },
    },
    {
      name: 'infrastructure-imports-only-kernel',
      comment: 'persistence and the trust framework sit just above the kernel.',
      severity: 'error',
      from: production('^libs/(persistence|trust-framework)/'),
      to: { path: OURS, pathNot: '^libs/(kernel|$1)/' },
    },
    {
      name: 'domain-knows-no-transport',
      comment: 'the domains (consent, resource logs, payments, confirmation of payee) import no surface library and no app.',
      severity: 'error',
      from: { path: '^libs/(consent|resource-logs|payments|confirmation-of-payee)/' },
      to: { path: '^(libs/(authorization|consent-manager|gateway|webhooks)|apps/[^/]+)/' },
    },
    {
      name: 'mock-lfi-imports-no-hub-library',
      comment:
        'the mock LFI reaches the hub over HTTP only, like a real LFI: it imports the kernel, ' +
        'persistence, the trust framework, the wire types and its own mock-lfi-* libraries, nothing else.',
      severity: 'error',
      from: { path: MOCK_LFI },
      to: {
        path: OURS,
        pathNot: '^(libs/(kernel|persistence|trust-framework|standards|ozone-connect|mock-lfi-[^/]+|testing)|apps/mock-lfi)/',
      },
    },
    {
      name: 'hub-imports-no-mock-lfi',
      comment:
        'The bank is a separate party: only the mock LFI itself, the launcher (apps/sandbox, which ' +
        'generates and seeds the bank data) and the test library import mock-lfi libraries; a hub ' +
        "library's own tests do not either (e2e tests under test/ may, to check the bank's data).",
      severity: 'error',
      from: { path: OURS, pathNot: `${MOCK_LFI}|^apps/sandbox/|^libs/testing/` },
      to: { path: MOCK_LFI },
    },
    {
      name: 'launcher-imports-only-bank-data',
      comment: 'apps/sandbox generates and seeds the bank data and validates the desks\' settings with the rest of the config before it starts anything; the rest of the bank is a process it starts.',
      severity: 'error',
      from: production('^apps/sandbox/'),
      to: { path: MOCK_LFI, pathNot: '^libs/mock-lfi-(data|store|desks/src/index\\.ts$)' },
    },
    {
      name: 'libs-import-no-app',
      comment: 'Dependencies point down: apps wire libraries, never the other way round.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-import-no-other-app',
      comment: 'Each app is its own process; what two apps share lives in a library.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'lib-only-through-its-index',
      comment: 'Libraries are imported through `@hub/<name>` (their index.ts), never by a deep path.',
      severity: 'error',
      from: { path: '^((libs|apps)/[^/]+|test|bench)/' },
      to: { path: '^libs/[^/]+/', pathNot: '^($1/|libs/[^/]+/src/index\\.ts$)' },
    },
    {
      name: 'no-relative-import-into-another-lib',
      comment: 'A relative import stays inside its own lib or app; other libs are reached by `@hub/<name>`.',
      severity: 'error',
      from: { path: '^((libs|apps)/[^/]+|test|bench)/' },
      to: { dependencyTypesNot: ['aliased'], path: OURS, pathNot: '^$1/' },
    },
    {
      name: 'production-imports-no-test-code',
      comment:
        'Harnesses and fixtures (*.fixture.ts, testing/ folders, libs/testing) are excluded from the ' +
        'build; production code that imported them would ship test code or fail to start.',
      severity: 'error',
      from: { path: OURS, pathNot: TEST_CODE },
      to: { path: `${TEST_CODE}|^libs/testing/` },
    },
    {
      name: 'hub-alias-resolves',
      comment:
        'An unresolved `@hub/...` import would slip past every rule above. tsconfig maps each ' +
        '`@hub/<name>` exactly, so this is also where a deep `@hub/<name>/src/...` import lands.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^@hub/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|var|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
