/**
 * The FX desk's source of "now" (a kernel `Clock`): quote expiry and lifecycle steps read it, so
 * tests move time instead of sleeping.
 */
export const FX_CLOCK = Symbol('FX_CLOCK');
