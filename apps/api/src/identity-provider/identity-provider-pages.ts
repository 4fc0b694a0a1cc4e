import type { DemoAccount } from './demo-accounts';

export const providerTitle = "Fournisseur d'identité de développement (simule ProConnect)";

// In the spirit of the State design system (DSFR): Marianne blue, plain layout, visible focus.
const styles = `
  *{box-sizing:border-box}
  body{margin:0;font-family:Marianne,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#161616;background:#f6f6f6;line-height:1.5}
  header{background:#fff;border-bottom:1px solid #ddd;padding:1rem 1.5rem}
  header p{margin:0;font-weight:700}
  main{max-width:36rem;margin:2rem auto;padding:2rem 1.5rem;background:#fff;border:1px solid #ddd}
  h1{font-size:1.5rem;line-height:1.3;margin:0 0 1rem}
  ul{list-style:none;margin:1.5rem 0;padding:0}
  li{margin:0 0 1.25rem}
  button{font:inherit;font-weight:500;border:0;padding:.5rem 1rem;min-height:2.5rem;cursor:pointer;background:#000091;color:#fff;text-align:left}
  button:hover{background:#1212ff}
  button.secondary{background:#fff;color:#000091;box-shadow:inset 0 0 0 1px #000091}
  button.secondary:hover{background:#f6f6f6}
  button:focus-visible,a:focus-visible{outline:2px solid #0a76f6;outline-offset:2px}
  .description{margin:.25rem 0 0;color:#3a3a3a;font-size:.875rem}
  .notice{background:#e8edff;border-left:4px solid #000091;padding:.75rem 1rem;font-size:.875rem}
  .error{border-left:4px solid #ce0500;background:#ffe9e9;padding:.75rem 1rem}
`;

/** The account chooser shown at the interaction URL: one button per demo account. */
export function renderAccountChooser(actionBase: string, accounts: DemoAccount[]): string {
  const items = accounts
    .map((account) => {
      const { given_name: givenName, usual_name: usualName } = account.claims;
      const descriptionId = `compte-${escapeHtml(account.login)}`;
      return `<li>
          <button type="submit" name="login" value="${escapeHtml(account.login)}" aria-describedby="${descriptionId}">Se connecter en tant que ${escapeHtml(`${givenName} ${usualName}`)}</button>
          <p class="description" id="${descriptionId}">${escapeHtml(account.description)}</p>
        </li>`;
    })
    .join('\n');
  return renderPage(
    'Choisir un compte de démonstration',
    `<h1>${escapeHtml(providerTitle)}</h1>
      <p>Choisissez le compte de démonstration avec lequel entrer dans AdmZ.</p>
      <p class="notice">Aucun mot de passe : ce fournisseur ne sert qu'au développement. En production, AdmZ passe par ProConnect.</p>
      <form method="post" action="${escapeHtml(`${actionBase}/login`)}">
        <ul>
        ${items}
        </ul>
      </form>
      <form method="post" action="${escapeHtml(`${actionBase}/abort`)}">
        <button type="submit" class="secondary">Annuler et revenir à AdmZ</button>
      </form>`,
  );
}

export function renderErrorPage(message: string): string {
  return renderPage(
    'Erreur de connexion',
    `<h1>La connexion n'a pas pu aboutir</h1>
      <p class="error" role="alert">${escapeHtml(message)}</p>
      <p>Revenez sur AdmZ et recommencez la connexion.</p>`,
  );
}

/** ProConnect logs out without asking: the confirmation form submits itself (button if scripts are off). */
export function renderLogoutPage(form: string, scriptNonce: string): string {
  const formWithChoice = form.replace(
    '</form>',
    '<input type="hidden" name="logout" value="yes"/><button type="submit">Se déconnecter</button></form>',
  );
  return renderPage(
    'Déconnexion',
    `<h1>Déconnexion en cours…</h1>
      ${formWithChoice}
      <script nonce="${escapeHtml(scriptNonce)}">document.forms[0].submit();</script>`,
  );
}

export function renderLoggedOutPage(): string {
  return renderPage(
    'Déconnexion',
    '<h1>Vous êtes déconnecté</h1><p>Vous pouvez fermer cette page.</p>',
  );
}

function renderPage(title: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} — ${escapeHtml(providerTitle)}</title>
  <style>${styles}</style>
</head>
<body>
  <header><p>AdmZ — identité de développement</p></header>
  <main>
    ${content}
  </main>
</body>
</html>`;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
