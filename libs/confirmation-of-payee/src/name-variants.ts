/**
 * Latin spellings of the same Arabic name (and of the particles inside names), each mapped to one
 * canonical spelling. A payer who writes "Mohamed" for an account held as "Muhammad" names the
 * same person as far as the letters allow: CoP answers such a name as a close match (Partial),
 * never as an exact one. Words are the output of nameWords (lower case, no marks).
 */
const SPELLINGS: Record<string, readonly string[]> = {
  // Given names
  muhammad: ['mohammed', 'mohamed', 'mohammad', 'muhammed', 'mohamad', 'muhamed', 'muhamad', 'mohamud', 'mohd', 'mhd'],
  ahmed: ['ahmad', 'ahmet'],
  abdullah: ['abdulla', 'abdallah', 'abdalla', 'abdellah'],
  aisha: ['ayesha', 'aysha', 'aishah', 'aesha', 'ayisha'],
  fatima: ['fatma', 'fatimah', 'fathima', 'fatemah'],
  hassan: ['hasan'],
  hessa: ['hissa', 'hessah'],
  hussein: ['hussain', 'husain', 'husein', 'hossein', 'hosein'],
  ibrahim: ['ebrahim', 'ibraheem', 'ebraheem'],
  imran: ['emran'],
  khalid: ['khaled', 'khaled'],
  latifa: ['latifah', 'lateefa', 'lateefah'],
  mariam: ['maryam', 'meriam', 'mariyam'],
  noura: ['nora', 'nourah', 'noorah', 'nura'],
  omar: ['umar', 'omer'],
  rashid: ['rashed', 'rasheed'],
  saeed: ['said', 'saeid', 'saied', 'saaed'],
  saleh: ['salih', 'saaleh'],
  tariq: ['tarek', 'tarik', 'tareq'],
  yousef: ['yusuf', 'youssef', 'yousif', 'yusef', 'yousuf', 'yosef'],
  zainab: ['zaynab', 'zeinab', 'zenab'],
  rahman: ['rehman', 'rahmaan'],
  // Family names of the seeded customers (without their Al)
  mansoori: ['mansouri', 'mansuri'],
  nuaimi: ['nuaimy', 'noaimi', 'nuaymi'],
  dhaheri: ['daheri', 'dhahiri'],
  ketbi: ['kitbi'],
  mazrouei: ['mazroui', 'mazrouie', 'mazrui'],
  suwaidi: ['suwaidy', 'swaidi'],
  falasi: ['falasy', 'fallasi'],
  hammadi: ['hamadi'],
  qureshi: ['kureshi', 'qurashi', 'quraishi'],
  // The article: Al-, El-, Ul-
  al: ['el', 'ul'],
  // "Servant of": Abdul / Abdel / Abd al, written apart or joined
  abdal: ['abdul', 'abdel', 'abdol', 'abdur', 'abdu'],
};

const CANONICAL: ReadonlyMap<string, string> = new Map(Object.entries(SPELLINGS).flatMap(([canonical, variants]) => [[canonical, canonical], ...variants.map((v) => [v, canonical] as [string, string])]));

/** Words that belong to the next word of the name: Al Mansoori, AlMansoori and Al-Mansoori are one word. */
const ATTACHED = new Set(['al', 'abd', 'abdal']);
/** Genealogical links (son of, daughter of) that payers often leave out: not compared. */
const LINKS = new Set(['bin', 'bint', 'ibn', 'binti']);

/** One word's canonical spelling; a joined article or Abd prefix (almansouri, abdulrahman) is read off first. */
function canonicalWord(word: string): string {
  const known = CANONICAL.get(word);
  if (known) return known;
  const joined = /^(al|el|abd(?:ul|el|al|ol|ur|u)?)([a-z]{3,})$/.exec(word);
  // An Abd prefix is always one; a leading al/el only before a known name (Elena stays Elena).
  if (joined && (joined[1].startsWith('abd') || CANONICAL.has(joined[2]))) {
    const prefix = CANONICAL.get(joined[1]) ?? joined[1];
    const rest = canonicalWord(joined[2]);
    // "abd" before a joined "al" (abdalrahman) is the same as abdal.
    return prefix === 'abd' && rest.startsWith('al') ? `abdal${rest.slice(2)}` : `${prefix}${rest}`;
  }
  return word;
}

/**
 * The words of a name in canonical spelling, with articles joined to the word they belong to and
 * genealogical links dropped: "Abd Al-Rahman bin Mohamed El Mansouri" and "Abdulrahman Muhammad
 * AlMansoori" give the same words.
 */
export function canonicalWords(words: readonly string[]): string[] {
  const out: string[] = [];
  let attached = '';
  for (const word of words) {
    if (LINKS.has(word)) continue;
    const canonical = canonicalWord(word);
    if (ATTACHED.has(canonical)) {
      attached = attached === 'abd' && canonical === 'al' ? 'abdal' : attached + canonical;
      continue;
    }
    out.push(canonicalWord(attached + canonical));
    attached = '';
  }
  if (attached) out.push(attached);
  return out;
}
