import { expect } from 'vitest';

/** A browser over HTTP through the login flow and the local identity provider that plays ProConnect. */

type StoredCookie = { name: string; value: string; path: string };
export type Visit = { status: number; url: URL; location: URL | null; body: string; chain: URL[] };

/** A browser reduced to what the flow needs: a cookie jar (with paths) and redirects followed by hand. */
export class Browser {
  private readonly cookies = new Map<string, StoredCookie>();
  /** Every response, in order, with its headers (who answered behind a load balancer). */
  readonly responses: { url: URL; status: number; headers: Headers }[] = [];

  constructor(private readonly baseUrl: string) {}

  cookieValue(name: string): string | undefined {
    return [...this.cookies.values()].find((cookie) => cookie.name === name)?.value;
  }

  cookieHeaderFor(url: URL): string {
    return [...this.cookies.values()]
      .filter((cookie) => url.pathname.startsWith(cookie.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  /**
   * Requests `target`, then follows redirects while they stay in the login machinery (`/api/auth`,
   * `/oidc`) and `shouldFollow` agrees; stops at the first page or at a redirect elsewhere.
   */
  async visit(
    target: string | URL,
    options: {
      form?: Record<string, string>;
      /** A POST with no fields, as a form with only a button sends. */
      isPost?: boolean;
      shouldFollow?: (next: URL) => boolean;
    } = {},
  ): Promise<Visit> {
    let url = new URL(target, this.baseUrl);
    let form = options.form ?? (options.isPost ? {} : undefined);
    const chain: URL[] = [];
    for (let hop = 0; hop < 15; hop += 1) {
      chain.push(url);
      const response = await this.send(url, form);
      const locationHeader = response.headers.get('location');
      const body = await response.text();
      if (response.status < 300 || response.status >= 400 || !locationHeader) {
        return { status: response.status, url, location: null, body, chain };
      }
      const location = new URL(locationHeader, url);
      const isLoginMachinery =
        location.origin === this.baseUrl && /^\/(api\/auth|oidc)(\/|$)/.test(location.pathname);
      if (!isLoginMachinery || (options.shouldFollow && !options.shouldFollow(location))) {
        return { status: response.status, url, location, body, chain };
      }
      url = location;
      form = undefined;
    }
    throw new Error('too many redirects');
  }

  private async send(url: URL, form: Record<string, string> | undefined): Promise<Response> {
    const headers: Record<string, string> = {};
    const cookie = this.cookieHeaderFor(url);
    if (cookie) headers.cookie = cookie;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      // Browsers send the page's origin with every form post.
      headers.origin = this.baseUrl;
    }
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) this.store(line);
    this.responses.push({ url, status: response.status, headers: response.headers });
    return response;
  }

  private store(setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
    const separator = pair.indexOf('=');
    const name = pair.slice(0, separator);
    const value = pair.slice(separator + 1);
    let path = '/';
    let isExpired = false;
    for (const attribute of attributes) {
      const [key = '', attributeValue = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') path = attributeValue;
      if (key.toLowerCase() === 'max-age' && Number(attributeValue) <= 0) isExpired = true;
      if (key.toLowerCase() === 'expires' && new Date(attributeValue).getTime() <= Date.now())
        isExpired = true;
    }
    const key = `${name}|${path}`;
    if (isExpired) this.cookies.delete(key);
    else this.cookies.set(key, { name, value, path });
  }
}

export const chooserTitle = 'Fournisseur d&#39;identité de développement (simule ProConnect)';

/** Clicks "Se connecter en tant que <name>" on the account chooser page. */
export async function chooseAccount(
  browser: Browser,
  chooser: Visit,
  personName: string,
  shouldFollow?: (next: URL) => boolean,
): Promise<Visit> {
  const [, action, formBody] =
    /<form method="post" action="([^"]+\/login)">([\s\S]*?)<\/form>/.exec(chooser.body) ?? [];
  if (!action || formBody === undefined)
    throw new Error(`no account chooser on ${chooser.url.href}: ${chooser.body.slice(0, 300)}`);
  const escapedName = personName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [, login] =
    new RegExp(
      `<button type="submit" name="login" value="([^"]+)"[^>]*>Se connecter en tant que ${escapedName}</button>`,
    ).exec(formBody) ?? [];
  if (!login) throw new Error(`no button for ${personName}`);
  return browser.visit(new URL(action, chooser.url), { form: { login }, shouldFollow });
}

/** Logs a person in through the whole flow and returns where the browser lands. */
export async function logIn(
  browser: Browser,
  personName: string,
  returnTo?: string,
): Promise<Visit> {
  const path =
    returnTo === undefined
      ? '/api/auth/login'
      : `/api/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
  const chooser = await browser.visit(path);
  expect(chooser.status).toBe(200);
  return chooseAccount(browser, chooser, personName);
}
