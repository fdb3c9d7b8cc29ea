/** Subscriptions that must get no delivery, with the URL a test receiver listens on. */
export function inactiveSubscriptions(url: string): [string, unknown][] {
  return [
    ['no subscription', undefined],
    ['an inactive subscription', { Url: url, IsActive: false }],
    ['IsActive missing', { Url: url }],
    ['IsActive the string "true"', { Url: url, IsActive: 'true' }],
    ['no Url', { IsActive: true }],
    ['an empty Url', { Url: '', IsActive: true }],
    ['a Url that is not a string', { Url: 42, IsActive: true }],
  ];
}
