import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CookieOptions, Request, Response } from 'express';
import * as oidc from 'openid-client';
import { LessThan, Repository } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '../config';
import { identityProviderMountPath } from '../identity-provider/identity-provider';
import { UsersService, type IdentityClaims } from '../users/users.service';
import { LoginAttempt } from './session.entity';
import { SESSION_COOKIE, SessionsService } from './sessions.service';
import { Clock } from '../common/clock';

export const LOGIN_COOKIE = 'admz_login';
export const LOGOUT_COOKIE = 'admz_logout';

/** Where the browser goes next; the controller answers with a 302 to `url`. */
export type BrowserRedirect = { url: string };

const attemptLifetimeMs = 10 * 60 * 1000;
const authPath = '/api/auth';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);
const identityClaimsSchema = z.object({
  sub: z.string().min(1),
  given_name: optionalText,
  usual_name: optionalText,
  email: optionalText,
  uid: optionalText,
  siret: optionalText,
  idp_id: optionalText,
  organization_label: optionalText,
  roles: z
    .array(z.string())
    .nullish()
    .transform((value) => value ?? []),
});

/** 32 random bytes, base64url: 43 characters, above ProConnect's 32-character minimum for state and nonce. */
function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The relying party side of ProConnect, with openid-client v6: authorization code + PKCE, state
 * and nonce of 43 characters, signed ID token and userinfo checked, RP-initiated logout.
 */
@Injectable()
export class OidcClientService {
  private readonly logger = new Logger('Login');
  private serverConfiguration: Promise<oidc.Configuration> | null = null;

  constructor(
    @InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async startLogin(returnTo: unknown, response: Response): Promise<BrowserRedirect> {
    let configuration: oidc.Configuration;
    try {
      configuration = await this.discover();
    } catch (error) {
      this.logger.error(`Identity provider discovery failed: ${describe(error)}`);
      return loginFailed('provider_unavailable');
    }
    const attempt: LoginAttempt = {
      id: randomToken(),
      state: randomToken(),
      nonce: randomToken(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo: toSafeReturnPath(returnTo, this.config.publicUrl),
      createdAt: this.clock.now(),
      expiresAt: new Date(this.clock.now().getTime() + attemptLifetimeMs),
    };
    await this.attempts.delete({ expiresAt: LessThan(this.clock.now()) });
    await this.attempts.insert(attempt);
    response.cookie(
      LOGIN_COOKIE,
      attempt.id,
      this.cookieOptions(authPath, { maxAge: attemptLifetimeMs }),
    );

    // Exactly the parameters ProConnect accepts: it refuses any other.
    const parameters: Record<string, string> = {
      response_type: 'code',
      client_id: this.config.oidc.clientId,
      redirect_uri: this.callbackUrl,
      scope: this.config.oidc.scopes,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    };
    const requiredAcr = this.requiredAcrValues;
    if (requiredAcr.length > 0) {
      parameters.acr_values = requiredAcr.join(' ');
      parameters.claims = JSON.stringify({
        id_token: { acr: { essential: true, values: requiredAcr } },
      });
    }
    return { url: oidc.buildAuthorizationUrl(configuration, parameters).href };
  }

  /** The provider sends the browser back here; any failure ends on the home page with a code, never a 500. */
  async finishLogin(request: Request, response: Response): Promise<BrowserRedirect> {
    try {
      return await this.completeLogin(request, response);
    } catch (error) {
      this.logger.error(`Login callback failed: ${describe(error)}`);
      return loginFailed('server_error');
    }
  }

  async startLogout(request: Request, response: Response): Promise<BrowserRedirect> {
    const token = readCookie(request, SESSION_COOKIE);
    if (!token) return { url: '/' };
    const closed = await this.sessions.closeSession(token);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions('/'));
    if (!closed?.idToken) return { url: '/' };
    let endSessionEndpoint: string | undefined;
    try {
      endSessionEndpoint = (await this.discover()).serverMetadata().end_session_endpoint;
    } catch (error) {
      this.logger.error(`Identity provider discovery failed: ${describe(error)}`);
    }
    if (!endSessionEndpoint) return { url: '/' };

    const state = randomToken();
    response.cookie(
      LOGOUT_COOKIE,
      state,
      this.cookieOptions(`${authPath}/logout`, { maxAge: attemptLifetimeMs }),
    );
    // Built by hand, not with buildEndSessionUrl, which adds a client_id ProConnect does not list.
    const url = new URL(endSessionEndpoint);
    url.searchParams.set('id_token_hint', closed.idToken);
    url.searchParams.set('state', state);
    url.searchParams.set(
      'post_logout_redirect_uri',
      `${this.config.publicUrl}${authPath}/logout/callback`,
    );
    return { url: url.href };
  }

  finishLogout(request: Request, response: Response): BrowserRedirect {
    const expected = readCookie(request, LOGOUT_COOKIE);
    response.clearCookie(LOGOUT_COOKIE, this.cookieOptions(`${authPath}/logout`));
    const state = request.query.state;
    const isExpected =
      typeof state === 'string' && expected !== undefined && isSameSecret(state, expected);
    return { url: isExpected ? '/' : '/?erreur-deconnexion=invalid_state' };
  }

  private async completeLogin(request: Request, response: Response): Promise<BrowserRedirect> {
    const attemptId = readCookie(request, LOGIN_COOKIE);
    response.clearCookie(LOGIN_COOKIE, this.cookieOptions(authPath));
    const attempt = attemptId ? await this.takeAttempt(attemptId) : null;
    const currentUrl = new URL(this.callbackUrl);
    currentUrl.search = new URL(request.originalUrl, this.config.publicUrl).search;

    const providerError = currentUrl.searchParams.get('error');
    if (providerError) {
      this.logger.warn(`Identity provider refused the login: ${providerError}`);
      return loginFailed(
        /^[a-z0-9_]{1,64}$/.test(providerError) ? providerError : 'invalid_response',
      );
    }
    if (!attempt) return loginFailed('attempt_expired');

    let idToken: string | undefined;
    let claims: IdentityClaims & { acr?: unknown };
    try {
      const configuration = await this.discover();
      const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        pkceCodeVerifier: attempt.codeVerifier,
        idTokenExpected: true,
      });
      const idTokenClaims = tokens.claims();
      if (!idTokenClaims) throw new Error('no ID token');
      // JSON or a signed JWT (application/jwt): openid-client handles both; signatures are checked.
      const userInfo = await oidc.fetchUserInfo(
        configuration,
        tokens.access_token,
        idTokenClaims.sub,
      );
      idToken = tokens.id_token;
      claims = {
        ...identityClaimsSchema.parse({ ...userInfo, sub: idTokenClaims.sub }),
        acr: idTokenClaims.acr,
      };
    } catch (error) {
      this.logger.warn(`Login response rejected: ${describe(error)}`);
      return loginFailed('invalid_response');
    }

    const requiredAcr = this.requiredAcrValues;
    if (requiredAcr.length > 0 && !requiredAcr.includes(String(claims.acr)))
      return loginFailed('insufficient_acr');
    // ProConnect lets every agent through: deciding who may use AdmZ is ours. No user row, no session.
    if (!this.users.isPublicAgent(claims)) return { url: '/acces-refuse' };

    const user = await this.users.upsertFromClaims(claims);
    const session = await this.sessions.openSession(user.id, idToken ?? null);
    response.cookie(SESSION_COOKIE, session.token, {
      ...this.cookieOptions('/'),
      // A lifetime, not an instant: the browser counts it on its own clock, so a server started
      // at another instant (CLOCK_START) does not hand out cookies already expired.
      maxAge: session.expiresAt.getTime() - this.clock.now().getTime(),
    });
    return { url: attempt.returnTo };
  }

  /** Loads and deletes in one statement: an attempt serves once. */
  private async takeAttempt(id: string): Promise<LoginAttempt | null> {
    const result = await this.attempts
      .createQueryBuilder()
      .delete()
      .where('id = :id', { id })
      .returning('*')
      .execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    if (!row || new Date(row.expires_at as string | Date) <= this.clock.now()) return null;
    return {
      id,
      state: String(row.state),
      nonce: String(row.nonce),
      codeVerifier: String(row.code_verifier),
      returnTo: String(row.return_to),
      createdAt: this.clock.now(),
      expiresAt: new Date(row.expires_at as string | Date),
    };
  }

  /** Discovery on first use, then cached; a failure is retried on the next login. */
  private discover(): Promise<oidc.Configuration> {
    if (!this.serverConfiguration) {
      const issuer = new URL(
        this.config.oidc.issuer ?? `${this.config.publicUrl}${identityProviderMountPath}`,
      );
      const isInsecureAllowed = issuer.protocol === 'http:' && this.config.nodeEnv !== 'production';
      this.serverConfiguration = oidc
        .discovery(
          issuer,
          this.config.oidc.clientId,
          undefined,
          oidc.ClientSecretPost(this.config.oidc.clientSecret),
          isInsecureAllowed ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .then((configuration) => {
          // Verify the signatures of the ID token and of a JWT userinfo, not only TLS.
          oidc.enableNonRepudiationChecks(configuration);
          return configuration;
        });
      this.serverConfiguration.catch(() => {
        this.serverConfiguration = null;
      });
    }
    return this.serverConfiguration;
  }

  private get callbackUrl(): string {
    return `${this.config.publicUrl}${authPath}/callback`;
  }

  private get requiredAcrValues(): string[] {
    return (this.config.oidc.acrValues ?? '').split(/[\s,]+/).filter(Boolean);
  }

  private cookieOptions(path: string, extra: CookieOptions = {}): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https:'),
      path,
      ...extra,
    };
  }
}

/**
 * A same-site path, else the home page: no open redirect. The check runs on the path as the URL
 * parser normalises it (dots, encoded dots and slashes resolved), since that is what is kept and
 * what a browser reads: `/..//evil.example` becomes `//evil.example`, another host.
 */
export function toSafeReturnPath(candidate: unknown, publicUrl: string): string {
  if (typeof candidate !== 'string' || candidate.length > 2000) return '/';
  if (!candidate.startsWith('/') || /[\\\p{Cc}]/u.test(candidate)) return '/';
  const origin = new URL(publicUrl).origin;
  let resolved: URL;
  try {
    resolved = new URL(candidate, origin);
  } catch {
    return '/';
  }
  if (resolved.origin !== origin) return '/';
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return isPlainLocalPath(path) ? path : '/';
}

/** One leading slash, then no second slash or backslash, even once percent-decoded. */
function isPlainLocalPath(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(resolvedPathOnly(path));
  } catch {
    return false;
  }
  return /^\/(?![/\\])/.test(decoded) && !/[\\\p{Cc}]/u.test(decoded);
}

function resolvedPathOnly(path: string): string {
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}

/**
 * Back to the home page with `?erreur-connexion=<code>`: the provider's own code (`access_denied`,
 * `login_required`…), or ours: attempt_expired, invalid_response, insufficient_acr,
 * provider_unavailable, server_error.
 */
function loginFailed(code: string): BrowserRedirect {
  return { url: `/?erreur-connexion=${encodeURIComponent(code)}` };
}

function readCookie(request: Request, name: string): string | undefined {
  const value = (request.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
