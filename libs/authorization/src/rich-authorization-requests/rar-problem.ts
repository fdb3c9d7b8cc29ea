/** One reason an authorization detail is refused; `path` is '' for the detail itself. */
export interface RarProblem {
  /** Where, from the detail: 'type', 'consent.Permissions[0]', 'consent.ControlParameters.ConsentSchedule'. */
  path: string;
  /** What is wrong, to be read after the path: 'is required', 'must be one of ...'. */
  message: string;
}

/** RFC 6749 keeps error_description short in practice; the hub's OAuth errors cap it here. */
export const MAX_ERROR_DESCRIPTION = 500;

/**
 * RFC 6749 section 5.2 allows only printable ASCII without '"' and '\' in error_description;
 * problems may echo what the TPP sent, so anything else is replaced.
 */
function oauthSafe(text: string): string {
  return text.replace(/"/g, "'").replace(/\\/g, '/').replace(/[^\x20-\x7e]/g, '?');
}

function sentence(p: RarProblem): string {
  return oauthSafe(p.path ? `${p.path} ${p.message}` : p.message);
}

/**
 * One `error_description` for `invalid_authorization_details`. Problems are taken in the order
 * given (validateAuthorizationDetail lists the most important first) and whole problems are
 * dropped from the end, with a count, to stay within MAX_ERROR_DESCRIPTION.
 */
export function describeRarProblems(problems: RarProblem[]): string {
  const parts = problems.map(sentence);
  if (parts.length === 0) return '';
  for (let shown = parts.length; shown >= 1; shown--) {
    const hidden = parts.length - shown;
    const text = parts.slice(0, shown).join('; ') + (hidden ? `; and ${hidden} more problem${hidden > 1 ? 's' : ''}` : '');
    if (text.length <= MAX_ERROR_DESCRIPTION) return text;
  }
  return `${parts[0].slice(0, MAX_ERROR_DESCRIPTION - 3)}...`;
}
