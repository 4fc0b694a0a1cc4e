/** The only /authorize parameters ProConnect accepts; anything else is refused (error Y000400). */
export const proConnectAuthorizeParameters: ReadonlySet<string> = new Set([
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'claims',
  'acr_values',
  'prompt',
  'idp_hint',
  'login_hint',
  'siret_hint',
  'code_challenge',
  'code_challenge_method',
]);

const minimumRandomLength = 32;
const acceptedPrompts = new Set(['login', 'consent', 'none']);

/** Why ProConnect would refuse this authorization request, in French; null when it would accept it. */
export function findAuthorizeRefusal(query: URLSearchParams): string | null {
  for (const name of query.keys()) {
    if (!proConnectAuthorizeParameters.has(name))
      return `Le paramètre « ${name} » n'est pas accepté par ProConnect.`;
  }
  for (const name of ['state', 'nonce']) {
    const value = query.get(name) ?? '';
    if (value.length < minimumRandomLength) {
      return `Le paramètre « ${name} » est obligatoire et doit compter au moins ${minimumRandomLength} caractères.`;
    }
  }
  const prompts = (query.get('prompt') ?? '').split(' ').filter(Boolean);
  const refusedPrompt = prompts.find((prompt) => !acceptedPrompts.has(prompt));
  if (refusedPrompt)
    return `La valeur « ${refusedPrompt} » du paramètre « prompt » n'est pas acceptée par ProConnect.`;
  return null;
}
