import { validateAgainstComponent } from './schema-validation';

/** Synthetic documents with the three ways the official ones combine closed objects. */
const doc = {
  info: { title: 'flatten-cases' },
  components: {
    schemas: {
      Base: { type: 'object', additionalProperties: false, properties: { Id: { type: 'string' } }, required: ['Id'] },
      ClosedOuter: { type: 'object', additionalProperties: false, properties: { Status: { type: 'string' } }, allOf: [{ $ref: '#/components/schemas/Open' }] },
      Open: { type: 'object', properties: { Id: { type: 'string' } }, required: ['Id'] },
      ClosedMember: { type: 'object', properties: { Status: { type: 'string', enum: ['Available'] } }, required: ['Status'], allOf: [{ $ref: '#/components/schemas/Base' }] },
      Other: { type: 'object', additionalProperties: false, properties: { Status: { type: 'string', enum: ['Pending'] } }, required: ['Status'] },
      Branches: { type: 'object', additionalProperties: false, oneOf: [{ $ref: '#/components/schemas/ClosedMember' }, { $ref: '#/components/schemas/Other' }] },
    },
  },
};

const check = (component: string, value: unknown) => validateAgainstComponent(doc, component, value).valid;

describe('flattenClosedAllOf: closed objects read as their authors meant', () => {
  it('a closed object with allOf members takes their members and stays closed', () => {
    expect(check('ClosedOuter', { Id: 'a', Status: 'x' })).toBe(true);
    expect(check('ClosedOuter', { Id: 'a', Extra: 1 })).toBe(false);
    expect(check('ClosedOuter', { Status: 'x' })).toBe(false);
  });

  it('an object adding members to a closed allOf member is one closed object', () => {
    expect(check('ClosedMember', { Id: 'a', Status: 'Available' })).toBe(true);
    expect(check('ClosedMember', { Id: 'a', Status: 'Available', Extra: 1 })).toBe(false);
    expect(check('ClosedMember', { Id: 'a' })).toBe(false);
  });

  it('a closed object whose members come from oneOf branches lets each branch decide', () => {
    expect(check('Branches', { Id: 'a', Status: 'Available' })).toBe(true);
    expect(check('Branches', { Status: 'Pending' })).toBe(true);
    expect(check('Branches', { Status: 'Pending', Id: 'a' })).toBe(false);
    expect(check('Branches', { Id: 'a', Status: 'Available', Extra: 1 })).toBe(false);
  });
});
