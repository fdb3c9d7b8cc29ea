import { flattenClosedAllOf, readOfficialSpec, validateAgainstComponent } from '@hub/testing';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describeRarProblems } from './rar-problem';
import { validateAuthorizationDetail } from './validate-authorization-detail';
import { RAR_CASES, type RarCase } from './testing/rar-cases';
import { RAR_TEST_NOW } from './testing/rar-fixtures';

/**
 * Our DTOs are written from the official document, not generated from it: this holds them to it.
 * Every case of the unit table gets the same verdict (valid or not) from the document's schema
 * for its type as from validateAuthorizationDetail, except the cases that say why they differ.
 */
const DOCUMENT = 'standards/v2.1-errata2/uae-authorization-endpoints-openapi.yaml';

/** The item schemas of PushedAuthorizationRequestBody.request.authorization_details, per type. */
const COMPONENT_OF: Record<RarCase['family'], string> = {
  accountAccess: 'AEBankDataSharingRichAuthorizationRequestsV21.AEBankDataSharingAuthorizationDetailsProperties',
  serviceInitiation: 'AEBankServiceInitiationRichAuthorizationRequestsV21.AEBankServiceInitiationAuthorizationDetailsProperties',
  insurance: 'AEInsuranceDataSharingRichAuthorizationRequestsV21.AEInsuranceDataSharingAuthorizationDetailsProperties',
};
/** The anyOf the request body's authorization_details items refer to. */
const ITEM_COMPONENT = 'AEPushedAuthorizationRequestsV21.AEPushedAuthorizationRequestAuthorizationDetailTypes';

/**
 * validateAgainstComponent builds an Ajv per call (~0.1 s on this document); the table has over
 * a hundred cases, so they share validators built the same way: 2020-12, strict off, formats on,
 * closed allOf parents flattened.
 */
function officialValidators(doc: object): (component: string) => ValidateFunction {
  const id = 'urn:openapi:uae-authorization-endpoints';
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...flattenClosedAllOf(doc), $id: id });
  const compiled = new Map<string, ValidateFunction>();
  return (component) => {
    if (!compiled.has(component)) compiled.set(component, ajv.compile({ $ref: `${id}#/components/schemas/${component}` }));
    return compiled.get(component)!;
  };
}

/** 'consent.Permissions[1]' as the JSON pointer ajv reports: '/consent/Permissions/1'. */
const pointerOf = (path: string) => (path ? `/${path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}` : '');

/** Where an ajv error is about: required and additionalProperties errors name the member below their instancePath. */
const locationOf = (e: ErrorObject) => {
  const member = e.params.missingProperty ?? e.params.additionalProperty;
  return member === undefined ? e.instancePath : `${e.instancePath}/${member}`;
};

describe(`RAR consents conform to the official document (${DOCUMENT})`, () => {
  const doc = readOfficialSpec(DOCUMENT);
  const validatorOf = officialValidators(doc);

  it('finds the per-type components where the PAR request body says', () => {
    const request = doc.components.schemas['AEPushedAuthorizationRequestsV21.PushedAuthorizationRequestBody'].properties.request;
    expect(request.properties.authorization_details.items.$ref).toBe(`#/components/schemas/${ITEM_COMPONENT}`);
    expect(doc.components.schemas[ITEM_COMPONENT].anyOf.map((s: { $ref: string }) => s.$ref)).toEqual(Object.values(COMPONENT_OF).map((c) => `#/components/schemas/${c}`));
  });

  it.each(RAR_CASES.filter((c) => !c.problem && !c.schemaVerdictDiffers).map((c) => [c.family, c.name, c] as const))(
    'the document accepts our valid %s fixture: %s',
    (_family, _name, c) => {
      expect(validateAgainstComponent(doc, COMPONENT_OF[c.family], c.detail).errors).toBe('No errors');
    },
  );

  it.each(RAR_CASES.map((c) => [c.family, c.name, c] as const))('%s: %s', (_family, _name, c) => {
    const problems = validateAuthorizationDetail(c.detail, RAR_TEST_NOW);
    const schema = validatorOf(COMPONENT_OF[c.family]);
    const schemaValid = schema(c.detail) as boolean;
    const hubValid = problems.length === 0;
    // `why` (equal on both sides, so printed as context on failure) is what the refusing side found.
    const why = hubValid ? new Ajv2020().errorsText(schema.errors) : describeRarProblems(problems);
    expect({ hubValid, why }).toEqual({ hubValid: c.schemaVerdictDiffers ? !schemaValid : schemaValid, why });
    // The request body's anyOf of the three judges each case as its own type's schema does.
    expect(validatorOf(ITEM_COMPONENT)(c.detail)).toBe(schemaValid);
    // Refused by both: for the same reason, i.e. ajv also reports where our first problem is.
    if (!hubValid && !schemaValid) expect(schema.errors!.map(locationOf)).toContain(pointerOf(problems[0].path));
  });
});
