/**
 * The holder's name as a payer may see it after a Yes or Partial: each word keeps its first
 * letter and every other letter becomes an asterisk, so the length and shape of the name stay
 * visible but not its spelling ("Mohammed Al-Mansoori" → "M******* A*-M*******"). Digits and
 * punctuation are kept. Capped at the document's 140 characters.
 */
export function maskedName(name: string): string {
  return name
    .trim()
    .replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
      const letters = Array.from(word);
      return letters[0] + '*'.repeat(letters.length - 1);
    })
    .slice(0, 140);
}
