import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type Request, type Response } from 'express';
import Provider, { type Account, type InteractionDetails, type KoaContext } from 'oidc-provider';
import type { AppConfig } from '../config';
import { findAuthorizeRefusal } from './authorize-contract';
import { createInMemoryAdapter } from './in-memory-adapter';
import { demoAccounts, type DemoAccount } from './demo-accounts';
import {
  renderAccountChooser,
  renderErrorPage,
  renderLoggedOutPage,
  renderLogoutPage,
} from './identity-provider-pages';
import { loadIdentityProviderKeys } from './idp-signing-keys';

export const identityProviderMountPath = '/oidc';

/** ProConnect trust levels, weakest first. */
const acrValues = ['eidas0', 'eidas0-mfa', 'eidas1', 'eidas1-mfa', 'eidas2', 'eidas3'];
const defaultAcr = 'eidas1';

/** ProConnect scope names are claim names: one scope per claim. */
const scopedClaims = [
  'given_name',
  'usual_name',
  'email',
  'uid',
  'siret',
  'idp_id',
  'organization_label',
  'roles',
];

const logger = new Logger('IdentityProvider');

/**
 * Mounts the development identity provider at /oidc, in front of Nest's body parsers (oidc-provider
 * reads its own bodies) and outside the /api prefix. It keeps ProConnect's contract so a client
 * that works here works there.
 */
export function mountLocalIdentityProvider(
  app: NestExpressApplication,
  config: AppConfig,
  persistDir: string | undefined,
): void {
  const issuer = `${config.publicUrl}${identityProviderMountPath}`;
  const provider = createProvider(issuer, config, persistDir);
  app.use(`${identityProviderMountPath}/interaction`, createInteractionRouter(provider));
  app.use(identityProviderMountPath, provider.callback());
}

function createProvider(
  issuer: string,
  config: AppConfig,
  persistDir: string | undefined,
): Provider {
  const provider = new Provider(issuer, {
    // In process memory: development only (lost on restart, not shared between replicas).
    adapter: createInMemoryAdapter(),
    clients: [
      {
        client_id: config.oidc.clientId,
        client_secret: config.oidc.clientSecret,
        client_name: 'AdmZ',
        token_endpoint_auth_method: 'client_secret_post',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${config.publicUrl}/api/auth/callback`],
        post_logout_redirect_uris: [`${config.publicUrl}/api/auth/logout/callback`],
        id_token_signed_response_alg: 'RS256',
        userinfo_signed_response_alg: 'RS256',
      },
    ],
    jwks: loadIdentityProviderKeys(persistDir),
    // Signs oidc-provider's own cookies; its sessions are in memory anyway, so fresh keys per boot.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: {
      authorization: '/authorize',
      token: '/token',
      userinfo: '/userinfo',
      jwks: '/jwks',
      end_session: '/session/end',
    },
    responseTypes: ['code'],
    scopes: ['openid'],
    claims: {
      openid: ['sub'],
      ...Object.fromEntries(scopedClaims.map((claim) => [claim, [claim]])),
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
    },
    acrValues,
    extraParams: ['idp_hint', 'siret_hint'],
    pkce: { required: () => false },
    features: {
      devInteractions: { enabled: false },
      claimsParameter: { enabled: true },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (context: KoaContext, form: string) => {
          const nonce = randomBytes(16).toString('base64');
          context.set(
            'Content-Security-Policy',
            `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'`,
          );
          context.body = renderLogoutPage(form, nonce);
        },
        postLogoutSuccessSource: (context: KoaContext) => {
          context.body = renderLoggedOutPage();
        },
      },
    },
    interactions: {
      url: (_context: KoaContext, interaction: { uid: string }) => interactionPath(interaction.uid),
    },
    findAccount: (_context: KoaContext, sub: string): Account | undefined => {
      const account = demoAccounts.find((candidate) => candidate.claims.sub === sub);
      return account ? { accountId: sub, claims: () => ({ ...account.claims }) } : undefined;
    },
    renderError: (context: KoaContext, out: { error?: string; error_description?: string }) => {
      context.type = 'html';
      context.body = renderErrorPage(
        `${out.error_description ?? 'Requête invalide.'} (${out.error ?? 'erreur'})`,
      );
    },
    ttl: {
      AccessToken: 60,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 12 * 3600,
      Grant: 12 * 3600,
    },
  });
  // The API may sit behind a reverse proxy (see app.set('trust proxy')).
  provider.proxy = true;
  provider.use(refuseWhatProConnectRefuses);
  provider.on('server_error', (_context, error) => logger.error(error.stack ?? error.message));
  return provider;
}

/** ProConnect checks /authorize before its oidc-provider sees it; so do we. */
async function refuseWhatProConnectRefuses(
  context: KoaContext,
  next: () => Promise<void>,
): Promise<void> {
  if (context.path === '/authorize') {
    const refusal = findAuthorizeRefusal(new URLSearchParams(context.querystring));
    if (refusal) {
      context.status = 400;
      context.type = 'html';
      context.body = renderErrorPage(`Erreur Y000400 : ${refusal}`);
      return;
    }
  }
  await next();
}

function interactionPath(uid: string): string {
  return `${identityProviderMountPath}/interaction/${uid}`;
}

/** Our account chooser replaces oidc-provider's dev interactions; consent is always granted. */
function createInteractionRouter(provider: Provider): express.Router {
  const router = express.Router();
  const readForm = express.urlencoded({ extended: false, limit: '10kb' });

  router.get('/:uid', async (request: Request, response: Response) => {
    await respondOrExplain(response, async () => {
      const details = await provider.interactionDetails(request, response);
      if (details.prompt.name === 'login') {
        response
          .type('html')
          .set(pageSecurityHeaders)
          .send(renderAccountChooser(interactionPath(details.uid), demoAccounts));
        return;
      }
      await finishInteraction(provider, request, response, details, null);
    });
  });

  router.post('/:uid/login', readForm, async (request: Request, response: Response) => {
    await respondOrExplain(response, async () => {
      const details = await provider.interactionDetails(request, response);
      const login = (request.body as Record<string, unknown> | undefined)?.login;
      const account = demoAccounts.find((candidate) => candidate.login === login);
      if (details.prompt.name !== 'login' || !account) {
        response
          .status(400)
          .type('html')
          .send(renderErrorPage('Ce compte de démonstration est inconnu.'));
        return;
      }
      await finishInteraction(provider, request, response, details, account);
    });
  });

  router.post('/:uid/abort', async (request: Request, response: Response) => {
    await respondOrExplain(response, async () => {
      await provider.interactionDetails(request, response);
      await provider.interactionFinished(request, response, {
        error: 'access_denied',
        error_description: 'La personne a annulé la connexion.',
      });
    });
  });

  return router;
}

const pageSecurityHeaders = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
};

/** Logs the person in (when an account was chosen) and grants every requested scope and claim. */
async function finishInteraction(
  provider: Provider,
  request: Request,
  response: Response,
  details: InteractionDetails,
  account: DemoAccount | null,
): Promise<void> {
  const accountId = account?.claims.sub ?? details.session?.accountId;
  if (!accountId) throw new Error('no account for this interaction');
  const existingGrant =
    !account && details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant =
    existingGrant ?? new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope ?? 'openid'));
  grant.addOIDCClaims(requestedClaimNames(details.params.claims));
  const grantId = await grant.save();
  await provider.interactionFinished(request, response, {
    ...(account
      ? { login: { accountId, acr: chooseAcr(details.params), amr: ['pwd'], remember: true } }
      : {}),
    consent: { grantId },
  });
}

/** The acr the client asked for (claims parameter or acr_values) if we know it, else eidas1. */
function chooseAcr(params: Record<string, unknown>): string {
  const requested: string[] = [];
  const claims = parseClaimsParameter(params.claims);
  const acrRequest = claims.id_token?.acr;
  if (acrRequest?.value) requested.push(acrRequest.value);
  if (acrRequest?.values) requested.push(...acrRequest.values);
  if (typeof params.acr_values === 'string') requested.push(...params.acr_values.split(' '));
  return requested.find((value) => acrValues.includes(value)) ?? defaultAcr;
}

/** The OpenID Connect `claims` request parameter, as far as we read it. */
type ClaimRequest = { value?: string; values?: string[] } | null;
type ClaimsParameter = {
  id_token?: Record<string, ClaimRequest>;
  userinfo?: Record<string, ClaimRequest>;
};

function parseClaimsParameter(raw: unknown): ClaimsParameter {
  if (typeof raw !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as ClaimsParameter) : {};
  } catch {
    return {};
  }
}

function requestedClaimNames(raw: unknown): string[] {
  const claims = parseClaimsParameter(raw);
  return [...Object.keys(claims.id_token ?? {}), ...Object.keys(claims.userinfo ?? {})];
}

/** An expired or foreign interaction gets a French page, never a stack trace. */
async function respondOrExplain(response: Response, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const isSessionLost = error instanceof Error && error.name === 'SessionNotFound';
    if (!isSessionLost)
      logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (response.headersSent) return;
    response
      .status(isSessionLost ? 400 : 500)
      .type('html')
      .send(
        renderErrorPage(
          isSessionLost
            ? 'Cette demande de connexion a expiré ou a déjà servi.'
            : 'Une erreur interne est survenue dans le fournisseur de développement.',
        ),
      );
  }
}
