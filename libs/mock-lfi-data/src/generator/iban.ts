// The IBAN rules are the standard's, written once in @hub/standards; the generator builds its IBANs with them.
export { isValidUaeIban, uaeIban } from '@hub/standards';
