import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileReturnPaths } from './hostile-return-paths';
import { Browser, chooseAccount, chooserTitle, logIn, type Visit } from './oidc-browser';
import { call, startTestApp, type TestApp } from './test-app';

/** The login flow end to end over HTTP, through the local identity provider that plays ProConnect. */

/** Submits the provider's logout page the way its auto-submitting form does in a browser. */
async function submitLogoutPage(browser: Browser, page: Visit): Promise<Visit> {
  const [, action, formBody] =
    /<form id="op\.logoutForm" method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(page.body) ??
    [];
  if (!action || formBody === undefined)
    throw new Error(`no logout form: ${page.body.slice(0, 300)}`);
  const fields = Object.fromEntries(
    [...formBody.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\s*\/?>/g)].map(
      ([, name = '', value = '']) => [name, value],
    ),
  );
  return browser.visit(new URL(action, page.url), { form: fields });
}

function authorizeUrl(testApp: TestApp, overrides: Record<string, string | undefined>): string {
  const verifier = randomBytes(32).toString('base64url');
  const parameters: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: testApp.config.oidc.clientId,
    redirect_uri: `${testApp.baseUrl}/api/auth/callback`,
    scope: 'openid given_name usual_name email',
    state: randomBytes(32).toString('base64url'),
    nonce: randomBytes(32).toString('base64url'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...overrides,
  };
  const search = new URLSearchParams(
    Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `/oidc/authorize?${search.toString()}`;
}

async function countUsersWithSub(testApp: TestApp, sub: string): Promise<number> {
  const rows: { count: string }[] = await testApp.dataSource.query(
    'SELECT count(*) AS count FROM users WHERE sub = $1',
    [sub],
  );
  return Number(rows[0]?.count);
}

describe('login with ProConnect (local identity provider)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('logs the demo agent in through the account chooser and reconciles on sub at the next login', async () => {
    const browser = new Browser(testApp.baseUrl);
    const chooser = await browser.visit('/api/auth/login');

    expect(chooser.status).toBe(200);
    expect(chooser.body).toContain(chooserTitle);
    expect(chooser.body).toContain('Agente du ministère du Travail');
    const authorize = chooser.chain.find((url) => url.pathname === '/oidc/authorize');
    expect([...new Set(authorize?.searchParams.keys())].sort()).toEqual(
      [
        'client_id',
        'code_challenge',
        'code_challenge_method',
        'nonce',
        'redirect_uri',
        'response_type',
        'scope',
        'state',
      ].sort(),
    );
    expect(authorize?.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize?.searchParams.get('nonce')?.length).toBeGreaterThanOrEqual(32);
    expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256');

    const landing = await chooseAccount(browser, chooser, 'Camille Martin');
    expect(landing.location?.pathname).toBe('/');
    expect(landing.chain.some((url) => url.pathname === '/api/auth/callback')).toBe(true);
    expect(browser.cookieValue('admz_login')).toBeUndefined();
    const sessionCookie = browser.cookieValue('admz_session');
    expect(sessionCookie).toBeDefined();

    const me = await call<{ givenName: string; usualName: string }>(testApp, '/api/me', {
      cookie: `admz_session=${sessionCookie}`,
    });
    expect(me.status).toBe(200);
    expect(me.body.givenName).toBe('Camille');
    expect(me.body.usualName).toBe('Martin');

    // Second login: the provider session is still open, so no chooser; same person, same row.
    const again = await browser.visit('/api/auth/login');
    expect(again.location?.pathname).toBe('/');
    expect(again.chain.some((url) => url.pathname.startsWith('/oidc/interaction'))).toBe(false);
    expect(await countUsersWithSub(testApp, 'demo-agent-camille-0001')).toBe(1);
  });

  it('sets the session cookie httpOnly, SameSite=Lax, for the whole site', async () => {
    const browser = new Browser(testApp.baseUrl);
    const chooser = await browser.visit('/api/auth/login');
    const callback = await chooseAccount(
      browser,
      chooser,
      'Yanis Benali',
      (next) => next.pathname !== '/api/auth/callback',
    );
    const response = await fetch(callback.location!, {
      headers: { cookie: browser.cookieHeaderFor(callback.location!) },
      redirect: 'manual',
    });
    const setCookie = response.headers
      .getSetCookie()
      .find((line) => line.startsWith('admz_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\/(;|$)/);
    // A lifetime the browser counts itself (the test server's clock is not the browser's).
    const maxAge = Number(/Max-Age=(\d+)/i.exec(setCookie ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(testApp.config.sessionDays * 86_400 - 60);
    expect(maxAge).toBeLessThanOrEqual(testApp.config.sessionDays * 86_400);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(setCookie ?? '')?.[1] ?? '');
    expect(expires).toBeGreaterThan(Date.now());
  });

  it('honours a same-site returnTo and ignores an absolute or protocol-relative one', async () => {
    const browser = new Browser(testApp.baseUrl);
    const first = await logIn(browser, 'Camille Martin', '/reservations?date=2026-01-05');
    expect(first.location?.href).toBe(`${testApp.baseUrl}/reservations?date=2026-01-05`);

    for (const foreign of ['https://evil.example', '//evil.example/path', '/\\evil.example']) {
      const landing = await browser.visit(
        `/api/auth/login?returnTo=${encodeURIComponent(foreign)}`,
      );
      expect(landing.location?.href).toBe(`${testApp.baseUrl}/`);
    }
  });

  it('ends every hostile returnTo on the home page after a real login', async () => {
    const browser = new Browser(testApp.baseUrl);
    await logIn(browser, 'Camille Martin');
    // Raw forms too (`%2e%2e` as typed in the address bar), not only encoded by a form.
    const queries = hostileReturnPaths.flatMap((path) => [
      encodeURIComponent(path),
      path.replace(/[\s#&?\\\p{Cc}]/gu, (character) => encodeURIComponent(character)),
    ]);
    for (const query of queries) {
      const landing = await browser.visit(`/api/auth/login?returnTo=${query}`);
      expect(landing.chain.some((url) => url.pathname === '/api/auth/callback')).toBe(true);
      expect({ query, location: landing.location?.href }).toEqual({
        query,
        location: `${testApp.baseUrl}/`,
      });
    }
  });

  it('sends a person who is not a public agent to the refusal page, with no session and no user', async () => {
    const browser = new Browser(testApp.baseUrl);
    const landing = await logIn(browser, 'Léa Rousseau');

    expect(landing.location?.pathname).toBe('/acces-refuse');
    expect(browser.cookieValue('admz_session')).toBeUndefined();
    expect(await countUsersWithSub(testApp, 'demo-external-lea-0005')).toBe(0);
  });

  it('refuses what ProConnect refuses: short state, short nonce, unknown parameters', async () => {
    const browser = new Browser(testApp.baseUrl);
    const accepted = await browser.visit(authorizeUrl(testApp, {}), { shouldFollow: () => false });
    expect(accepted.status).toBe(303);
    expect(accepted.location?.pathname).toMatch(/^\/oidc\/interaction\//);

    for (const overrides of [
      { state: 'a'.repeat(20) },
      { nonce: 'n'.repeat(20) },
      { ui_locales: 'fr' },
      { max_age: '0' },
      { state: undefined },
    ]) {
      const refused = await browser.visit(authorizeUrl(testApp, overrides), {
        shouldFollow: () => false,
      });
      expect(refused.status, JSON.stringify(overrides)).toBe(400);
      expect(refused.location).toBeNull();
      expect(refused.body).toContain('Y000400');
      expect(refused.body).not.toContain('Se connecter en tant que');
    }
  });

  it('answers prompt=none like ProConnect: login_required without a session, consent never asked', async () => {
    const toCallback = (next: URL) => next.pathname !== '/api/auth/callback';
    const stranger = new Browser(testApp.baseUrl);
    const silent = await stranger.visit(authorizeUrl(testApp, { prompt: 'none' }), {
      shouldFollow: toCallback,
    });
    expect(silent.location?.pathname).toBe('/api/auth/callback');
    expect(silent.location?.searchParams.get('error')).toBe('login_required');

    const agent = new Browser(testApp.baseUrl);
    await logIn(agent, 'Camille Martin');
    for (const prompt of ['none', 'consent']) {
      const granted = await agent.visit(authorizeUrl(testApp, { prompt }), {
        shouldFollow: toCallback,
      });
      expect(granted.location?.searchParams.get('code'), prompt).toBeTruthy();
    }
  });

  it('serves userinfo as a JWT signed RS256 with the keys it publishes', async () => {
    const browser = new Browser(testApp.baseUrl);
    await logIn(browser, 'Camille Martin');
    const verifier = randomBytes(32).toString('base64url');
    const redirectUri = `${testApp.baseUrl}/api/auth/callback`;
    const authorization = await browser.visit(
      authorizeUrl(testApp, {
        scope: 'openid given_name usual_name email roles',
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      }),
      { shouldFollow: (next) => next.pathname !== '/api/auth/callback' },
    );
    const code = authorization.location?.searchParams.get('code');
    expect(code).toBeTruthy();

    const tokenResponse = await fetch(`${testApp.baseUrl}/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: code!,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        client_id: testApp.config.oidc.clientId,
        client_secret: testApp.config.oidc.clientSecret,
      }).toString(),
    });
    expect(tokenResponse.status).toBe(200);
    const tokens = (await tokenResponse.json()) as { access_token: string; id_token: string };
    expect(decodeProtectedHeader(tokens.id_token).alg).toBe('RS256');

    const userinfo = await fetch(`${testApp.baseUrl}/oidc/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(200);
    expect(userinfo.headers.get('content-type')).toMatch(/^application\/jwt/);
    const jwt = await userinfo.text();
    expect(decodeProtectedHeader(jwt).alg).toBe('RS256');
    const keys = createRemoteJWKSet(new URL(`${testApp.baseUrl}/oidc/jwks`));
    const { payload } = await jwtVerify(jwt, keys, {
      issuer: `${testApp.baseUrl}/oidc`,
      audience: testApp.config.oidc.clientId,
    });
    expect(payload).toMatchObject({
      sub: 'demo-agent-camille-0001',
      given_name: 'Camille',
      usual_name: 'Martin',
    });
    expect(payload.roles).toEqual(['agent_public', 'agent_public_etat']);
    expect(payload.family_name).toBeUndefined();
  });

  it('logs out here and at the provider: the next login shows the account chooser again', async () => {
    const browser = new Browser(testApp.baseUrl);
    await logIn(browser, 'Camille Martin');
    const sessionCookie = `admz_session=${browser.cookieValue('admz_session')}`;

    const endSession = await browser.visit('/api/auth/logout', {
      isPost: true,
      shouldFollow: () => false,
    });
    expect(endSession.status).toBe(303);
    expect(endSession.location?.pathname).toBe('/oidc/session/end');
    expect(endSession.location?.searchParams.get('id_token_hint')).toMatch(
      /^[\w-]+\.[\w-]+\.[\w-]+$/,
    );
    expect(endSession.location?.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(endSession.location?.searchParams.get('post_logout_redirect_uri')).toBe(
      `${testApp.baseUrl}/api/auth/logout/callback`,
    );
    expect(browser.cookieValue('admz_session')).toBeUndefined();
    expect((await call(testApp, '/api/me', { cookie: sessionCookie })).status).toBe(401);

    const logoutPage = await browser.visit(endSession.location!);
    expect(logoutPage.status).toBe(200);
    const back = await submitLogoutPage(browser, logoutPage);
    expect(back.chain.some((url) => url.pathname === '/api/auth/logout/callback')).toBe(true);
    expect(back.location?.href).toBe(`${testApp.baseUrl}/`);

    const nextLogin = await browser.visit('/api/auth/login');
    expect(nextLogin.status).toBe(200);
    expect(nextLogin.body).toContain(chooserTitle);
  });

  it('logs out only on a POST from its own pages: a link or a foreign form leaves the session open', async () => {
    const browser = new Browser(testApp.baseUrl);
    await logIn(browser, 'Camille Martin');
    const cookie = `admz_session=${browser.cookieValue('admz_session')}`;
    const stillLoggedIn = async () => (await call(testApp, '/api/me', { cookie })).status === 200;

    const link = await call(testApp, '/api/auth/logout', { cookie });
    expect(link.status).toBe(404);
    expect(await stillLoggedIn()).toBe(true);
    for (const headers of <Record<string, string>[]>[
      {},
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://autre.admz.example' },
    ]) {
      const foreign = await fetch(`${testApp.baseUrl}/api/auth/logout`, {
        method: 'POST',
        headers: { cookie, ...headers },
        redirect: 'manual',
      });
      expect(foreign.status).toBe(403);
      expect(await stillLoggedIn()).toBe(true);
    }
    const own = await browser.visit('/api/auth/logout', {
      isPost: true,
      shouldFollow: () => false,
    });
    expect(own.status).toBe(303);
    expect(await stillLoggedIn()).toBe(false);
  });

  it('ignores a logout return whose state is not ours', async () => {
    const browser = new Browser(testApp.baseUrl);
    const back = await browser.visit(`/api/auth/logout/callback?state=${'x'.repeat(43)}`);
    expect(back.location?.search).toBe('?erreur-deconnexion=invalid_state');
    const withoutSession = await browser.visit('/api/auth/logout', { isPost: true });
    expect(withoutSession.location?.href).toBe(`${testApp.baseUrl}/`);
  });

  it('opens no session when the callback state was tampered with, and the attempt serves only once', async () => {
    const browser = new Browser(testApp.baseUrl);
    const chooser = await browser.visit('/api/auth/login');
    const toCallback = await chooseAccount(
      browser,
      chooser,
      'Camille Martin',
      (next) => next.pathname !== '/api/auth/callback',
    );
    const callback = toCallback.location!;
    expect(callback.pathname).toBe('/api/auth/callback');

    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const refused = await browser.visit(tampered);
    expect(refused.location?.search).toBe('?erreur-connexion=invalid_response');
    expect(browser.cookieValue('admz_session')).toBeUndefined();

    const replay = await browser.visit(callback);
    expect(replay.location?.search).toBe('?erreur-connexion=attempt_expired');
    expect(browser.cookieValue('admz_session')).toBeUndefined();
  });

  it("brings the provider's refusal back to the home page with its code", async () => {
    const browser = new Browser(testApp.baseUrl);
    const chooser = await browser.visit('/api/auth/login');
    const [, abort = 'missing'] =
      /<form method="post" action="([^"]+\/abort)">/.exec(chooser.body) ?? [];
    const cancelled = await browser.visit(new URL(abort, chooser.url), { form: {} });
    expect(cancelled.location?.search).toBe('?erreur-connexion=access_denied');
    expect(browser.cookieValue('admz_session')).toBeUndefined();

    const stray = await new Browser(testApp.baseUrl).visit(
      '/api/auth/callback?error=login_required&state=whatever',
    );
    expect(stray.location?.search).toBe('?erreur-connexion=login_required');
    const noAttempt = await new Browser(testApp.baseUrl).visit(
      '/api/auth/callback?code=abc&state=whatever',
    );
    expect(noAttempt.location?.search).toBe('?erreur-connexion=attempt_expired');
  });
});

describe('login when a trust level is required (OIDC_ACR_VALUES)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ OIDC_ACR_VALUES: 'eidas2' });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('asks for the acr as an essential claim and accepts an ID token that carries it', async () => {
    const browser = new Browser(testApp.baseUrl);
    const chooser = await browser.visit('/api/auth/login');
    const authorize = chooser.chain.find((url) => url.pathname === '/oidc/authorize');
    expect(authorize?.searchParams.get('acr_values')).toBe('eidas2');
    expect(JSON.parse(authorize?.searchParams.get('claims') ?? '{}')).toEqual({
      id_token: { acr: { essential: true, values: ['eidas2'] } },
    });

    const landing = await chooseAccount(browser, chooser, 'Camille Martin');
    expect(landing.location?.href).toBe(`${testApp.baseUrl}/`);
    expect(browser.cookieValue('admz_session')).toBeDefined();
  });
});
