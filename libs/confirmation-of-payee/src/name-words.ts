/**
 * Names compared as words, whatever their case, spacing, punctuation or diacritics: CoP schemes
 * treat "AL-MANSOORI, Mohammed" and "Mohammed Al Mansoori" as the same letters, so these
 * differences never lower a match on their own (word order aside, see name-matching.ts).
 */
export function nameWords(name: string): string[] {
  const plain = name
    .normalize('NFKD')
    // Latin accents and the Arabic short vowels (harakat) and hamza marks are combining marks.
    .replace(/\p{M}/gu, '')
    // Arabic script: tatweel is decoration; alef maqsura and taa marbuta are spelled either way.
    .replace(/\u0640/g, '')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // An apostrophe joins (O'Brien = OBrien); every other mark separates words (Al-Mansoori = Al Mansoori).
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain ? plain.split(' ') : [];
}
