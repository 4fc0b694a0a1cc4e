import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../config';

export type QrSigningKeys = {
  keyId: string;
  privateKey: KeyObject;
  /** Every key a token may be verified with, by key id: the signing key's and the extra ones. */
  publicKeys: Map<string, KeyObject>;
};

/**
 * The Ed25519 key that signs check-in QR codes. In production it comes from QR_SIGNING_KEY;
 * in development one is generated once and kept in the data directory; tests without a data
 * directory get a fresh one per process.
 */
export function loadQrSigningKeys(
  config: AppConfig,
  persistDir: string | undefined,
): QrSigningKeys {
  let pem = config.qrSigningKey?.replace(/\\n/g, '\n');
  if (!pem && persistDir) {
    const directory = resolve(persistDir, 'keys');
    const file = join(directory, 'qr-signing-key.pem');
    if (!existsSync(file)) {
      mkdirSync(directory, { recursive: true });
      const { privateKey } = generateKeyPairSync('ed25519');
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    }
    pem = readFileSync(file, 'utf8');
  }
  const privateKey = pem ? createPrivateKey(pem) : generateKeyPairSync('ed25519').privateKey;
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error('QR_SIGNING_KEY must be an Ed25519 private key (PEM, PKCS#8).');
  }
  const publicKeys = new Map<string, KeyObject>();
  for (const [keyId, publicPem] of Object.entries(config.qrVerificationKeys)) {
    const publicKey = createPublicKey(publicPem.replace(/\\n/g, '\n'));
    if (publicKey.asymmetricKeyType !== 'ed25519') {
      throw new Error(`QR_VERIFICATION_KEYS: key ${keyId} must be an Ed25519 public key (PEM).`);
    }
    publicKeys.set(keyId, publicKey);
  }
  publicKeys.set(config.qrSigningKeyId, createPublicKey(privateKey));
  return { keyId: config.qrSigningKeyId, privateKey, publicKeys };
}
