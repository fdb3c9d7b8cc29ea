import { canonicalWords } from './name-variants';
import { nameWords } from './name-words';

/** How close a name is to one the LFI holds: the standard's Yes, Partial and No. */
export type NameMatch = 'Yes' | 'Partial' | 'No';

const RANK: Record<NameMatch, number> = { No: 0, Partial: 1, Yes: 2 };

/** True when `a` is a closer match than `b`. */
export function closer(a: NameMatch, b: NameMatch): boolean {
  return RANK[a] > RANK[b];
}

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);
const sorted = (words: readonly string[]) => [...words].sort();

/** A word of the payer's name stands for the holder's: spelled the same, or its initial when allowed. */
const standsFor = (given: string, held: string, initials: boolean) => given === held || (initials && given.length === 1 && held.startsWith(given));

/**
 * The payer's words name the holder with some left out or shortened: first and last words line up
 * (the last spelled in full, it carries the family name), the words between are found in order
 * among the holder's. Covers a missing middle name and initials ("M. Al Mansoori").
 */
function abridges(given: readonly string[], held: readonly string[], initials: boolean): boolean {
  if (given.length < 2 || given.length > held.length) return false;
  if (!standsFor(given[0], held[0], initials) || given[given.length - 1] !== held[held.length - 1]) return false;
  let at = 1;
  for (const word of given.slice(1, -1)) {
    while (at < held.length - 1 && !standsFor(word, held[at], initials)) at += 1;
    if (at >= held.length - 1) return false;
    at += 1;
  }
  return true;
}

/**
 * A person's name as the payer wrote it against the holder's name as the LFI holds it.
 * Yes: the same words (case, spacing, punctuation and diacritics aside).
 * Partial: the same person written differently: transliteration variants (Mohamed / Muhammad,
 * Abdul Rahman / Abdulrahman / Abd Al-Rahman, Al- / El-), another word order, initials, a missing
 * middle name on either side.
 * No: anything else.
 */
export function matchPersonName(given: string, held: string): NameMatch {
  const givenWords = nameWords(given);
  const heldWords = nameWords(held);
  if (givenWords.length === 0 || heldWords.length === 0) return 'No';
  if (sameWords(givenWords, heldWords)) return 'Yes';
  const g = canonicalWords(givenWords);
  const h = canonicalWords(heldWords);
  if (sameWords(sorted(g), sorted(h))) return 'Partial';
  if (abridges(g, h, true) || abridges(h, g, false)) return 'Partial';
  return 'No';
}

/**
 * Legal forms a payer may leave out or write another way: a close match, not an exact one.
 * Matched as whole trailing words of the normalised name ("L.L.C." reads "l l c").
 */
const LEGAL_FORMS: readonly (readonly string[])[] = [
  ['sole', 'proprietorship', 'llc'],
  ['fz', 'llc'],
  ['l', 'l', 'c'],
  ['llc'],
  ['fzco'],
  ['fze'],
  ['fzc'],
  ['fz'],
  ['pjsc'],
  ['psc'],
  ['ltd'],
  ['limited'],
  ['est'],
  ['establishment'],
  ['co'],
  ['company'],
  ['inc'],
];

function withoutLegalForm(words: readonly string[]): string[] {
  let rest = [...words];
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const form of LEGAL_FORMS) {
      if (rest.length > form.length && sameWords(rest.slice(-form.length), form)) {
        rest = rest.slice(0, -form.length);
        stripped = true;
      }
    }
  }
  return rest;
}

/**
 * A business's name as the payer wrote it against one of the company's names (legal or trading).
 * Yes: the same words. Partial: the same once legal forms (LLC, L.L.C., FZE, FZCO …) are set
 * aside, spaces inside words ignored and Arabic names read in any transliteration. No: otherwise.
 */
export function matchBusinessName(given: string, held: string): NameMatch {
  const givenWords = nameWords(given);
  const heldWords = nameWords(held);
  if (givenWords.length === 0 || heldWords.length === 0) return 'No';
  if (sameWords(givenWords, heldWords)) return 'Yes';
  const g = canonicalWords(withoutLegalForm(givenWords));
  const h = canonicalWords(withoutLegalForm(heldWords));
  if (sameWords(g, h) || g.join('') === h.join('')) return 'Partial';
  return 'No';
}
