import { matchBusinessName, matchPersonName, type NameMatch } from './name-matching';

describe('matchPersonName', () => {
  const held = 'Mohammed Rashid Al Mansoori';

  it.each<[string, string, string]>([
    ['the same name', held, held],
    ['another case', 'MOHAMMED RASHID AL MANSOORI', held],
    ['extra spaces', '  Mohammed   Rashid Al Mansoori ', held],
    ['punctuation', 'Mohammed Rashid Al-Mansoori.', held],
    ['diacritics', 'Mohammed Rashid Al Mansoorí', 'Mohammed Rashid Al Mansoori'],
    ['an apostrophe', "Sean O'Brien", 'Sean OBrien'],
    ['Arabic script with short vowels', 'مُحَمَّد المنصوري', 'محمد المنصوري'],
  ])('Yes: %s', (_kind, given, heldName) => {
    expect(matchPersonName(given, heldName)).toBe('Yes');
  });

  it.each<[string, string, string]>([
    ['Mohamed for Mohammed', 'Mohamed Rashid Al Mansoori', held],
    ['Muhammad for Mohammed', 'Muhammad Rashid Al Mansoori', held],
    ['Mohammad and Rashed', 'Mohammad Rashed Al Mansoori', held],
    ['El- for Al-', 'Mohammed Rashid El-Mansoori', held],
    ['the article joined', 'Mohammed Rashid AlMansoori', held],
    ['the article joined and another spelling', 'Mohammed Rashid AlMansouri', held],
    ['Abdulrahman for Abdul Rahman', 'Abdulrahman Saleh', 'Abdul Rahman Saleh'],
    ['Abd Al-Rahman for Abdul Rahman', 'Abd Al-Rahman Saleh', 'Abdul Rahman Saleh'],
    ['Abdelrahman for Abd Al Rahman', 'Abdelrahman Saleh', 'Abd Al Rahman Saleh'],
    ['a left-out bin', 'Mohammed Rashid Al Maktoum', 'Mohammed bin Rashid Al Maktoum'],
    ['another word order', 'Al Mansoori Mohammed Rashid', held],
    ['a missing middle name', 'Mohammed Al Mansoori', held],
    ['a first initial', 'M. Al Mansoori', held],
    ['initials of first and middle name', 'M R Al Mansoori', held],
    ['a middle name the bank does not hold', 'Fatima Ahmed Khan', 'Fatima Khan'],
    ['a transliterated first name and a missing middle name', 'Muhammad Al Mansoori', held],
  ])('Partial: %s', (_kind, given, heldName) => {
    expect(matchPersonName(given, heldName)).toBe('Partial');
  });

  it.each<[string, string, string]>([
    ['another person', 'Fatima Al Mansoori', held],
    ['another family', 'Mohammed Rashid Al Nuaimi', held],
    ['the family name alone', 'Al Mansoori', held],
    ['the first name alone', 'Mohammed', held],
    ['an initial for the family name', 'Mohammed Rashid A. M.', held],
    ['an initial that does not fit', 'K. Al Mansoori', held],
    ['an empty name', ' - ', held],
    ['Elena is not Alena', 'Elena Smith', 'Alena Smith'],
    ['a name in Arabic script against Latin', 'محمد المنصوري', 'Mohammed Al Mansoori'],
  ])('No: %s', (_kind, given, heldName) => {
    expect(matchPersonName(given, heldName)).toBe('No');
  });
});

describe('matchBusinessName', () => {
  it.each<[string, string, string, NameMatch]>([
    ['the same name', 'Falcon Gulf Trading LLC', 'Falcon Gulf Trading LLC', 'Yes'],
    ['case and punctuation', 'FALCON GULF TRADING, L.L.C', 'Falcon Gulf Trading L.L.C.', 'Yes'],
    ['& for and', 'Noor & Sons Trading', 'Noor and Sons Trading', 'Yes'],
    ['no legal form', 'Falcon Gulf Trading', 'Falcon Gulf Trading LLC', 'Partial'],
    ['L.L.C. for LLC', 'Falcon Gulf Trading L.L.C.', 'Falcon Gulf Trading LLC', 'Partial'],
    ['FZE for FZCO', 'Desert Rose Technologies FZE', 'Desert Rose Technologies FZCO', 'Partial'],
    ['FZ-LLC left out', 'Desert Rose Technologies', 'Desert Rose Technologies FZ-LLC', 'Partial'],
    ['a space inside a word', 'FalconGulf Trading', 'Falcon Gulf Trading LLC', 'Partial'],
    ['a transliterated family name', 'Al Mansouri Trading', 'Al Mansoori Trading LLC', 'Partial'],
    ['another company', 'Falcon Gulf Contracting LLC', 'Falcon Gulf Trading LLC', 'No'],
    ['a legal form alone', 'LLC', 'Falcon Gulf Trading LLC', 'No'],
    ['a word left out', 'Falcon Trading LLC', 'Falcon Gulf Trading LLC', 'No'],
  ])('%s → %s', (_kind, given, held, expected) => {
    expect(matchBusinessName(given, held)).toBe(expected);
  });
});
