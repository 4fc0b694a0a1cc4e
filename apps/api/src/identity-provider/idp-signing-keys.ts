import { createHash, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type SigningKeySet = { keys: JsonWebKey[] };

/**
 * The RS256 key the local identity provider signs ID tokens and userinfo with. Kept in
 * `<persistDir>/keys/idp-jwks.json` so a restart does not invalidate the id_token kept for
 * logout; without a directory (tests), a fresh key per process.
 */
export function loadIdentityProviderKeys(persistDir: string | undefined): SigningKeySet {
  if (!persistDir) return { keys: [generateSigningKey()] };
  const directory = resolve(persistDir, 'keys');
  const file = join(directory, 'idp-jwks.json');
  if (!existsSync(file)) {
    mkdirSync(directory, { recursive: true });
    writeFileSync(file, JSON.stringify({ keys: [generateSigningKey()] }, null, 2), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8')) as SigningKeySet;
}

function generateSigningKey(): JsonWebKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const keyId = createHash('sha256').update(String(jwk.n)).digest('base64url').slice(0, 16);
  return { ...jwk, kid: keyId, use: 'sig', alg: 'RS256' };
}
