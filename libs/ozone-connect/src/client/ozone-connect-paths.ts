/**
 * Paths under a tenant's Ozone Connect base URL. The consent-events document spells the actions
 * `/consent/action/…` (the CAAP document uses `/consent/actions/…`); the hub calls the former.
 */
export const OZONE_CONNECT_PATH = {
  consentEvent: (operation: 'post' | 'patch') => `/consent/event/${operation}`,
  validateConsent: '/consent/action/validate',
  augmentConsent: '/consent/action/augment',
  helloMtls: '/hello-mtls',
} as const;
