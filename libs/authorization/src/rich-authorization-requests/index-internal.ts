export { CONSENT_RAR_TYPES, RAR_TYPES_BY_ROLE, RAR_TYPES_BY_SECTOR, type ConsentRarType } from './rar-types';
export { describeRarProblems, MAX_ERROR_DESCRIPTION, type RarProblem } from './rar-problem';
export { validateAuthorizationDetail } from './validate-authorization-detail';
