import { maskedName } from './masked-name';

describe('maskedName', () => {
  it.each([
    ['Mohammed Al Mansoori', 'M******* A* M*******'],
    ['Mohammed Al-Mansoori', 'M******* A*-M*******'],
    ['Falcon Gulf Trading L.L.C.', 'F***** G*** T****** L.L.C.'],
    ["Sean O'Brien", "S*** O'B****"],
    ['Noor & Sons 2 Trading', 'N*** & S*** 2 T******'],
    ['  Fatima Khan ', 'F***** K***'],
    ['محمد المنصوري', 'م*** ا*******'],
    ['José Núñez', 'J*** N****'],
  ])('%s → %s', (name, masked) => {
    expect(maskedName(name)).toBe(masked);
  });

  it('never shows more than the first letter of a word', () => {
    expect(maskedName('Abdulrahman')).toMatch(/^A\*+$/);
  });

  it('keeps to the document\'s 140 characters', () => {
    expect(maskedName('A'.repeat(200)).length).toBe(140);
  });
});
