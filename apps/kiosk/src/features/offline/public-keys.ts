import type { JWK } from 'jose';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const storageKey = 'admz.kiosk.publicKeys';

const publicKeySchema = z.object({
  kty: z.string(),
  crv: z.optional(z.string()),
  x: z.optional(z.string()),
  kid: z.optional(z.string()),
  alg: z.optional(z.string()),
  use: z.optional(z.string()),
});
const publicKeySetSchema = z.object({ keys: z.array(publicKeySchema) });

/** The keys that sign QR codes; kept so that the kiosk can verify them when the API is down. */
export function readStoredPublicKeys(): JWK[] {
  try {
    const parsed = publicKeySetSchema.safeParse(
      JSON.parse(window.localStorage.getItem(storageKey) ?? 'null'),
    );
    return parsed.success ? parsed.data.keys : [];
  } catch {
    return [];
  }
}

/** Fetches the published keys and keeps them; a failure keeps the last good set. */
export async function refreshPublicKeys(): Promise<void> {
  try {
    const keySet = await requestApi({
      path: '/api/kiosk/keys',
      credential: null,
      schema: publicKeySetSchema,
    });
    if (keySet.keys.length > 0) window.localStorage.setItem(storageKey, JSON.stringify(keySet));
  } catch {
    // Offline or a server hiccup: the stored set stays valid until the next heartbeat.
  }
}
