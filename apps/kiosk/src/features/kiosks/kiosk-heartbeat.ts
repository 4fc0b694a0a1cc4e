import { kioskIdentitySchema } from '@admz/shared';
import { z } from 'zod/mini';
import { refreshPublicKeys } from '../offline/public-keys';
import { fetchKioskIdentity } from './kiosks.api';
import { measureClockOffsetMs } from './server-clock';

const storageKey = 'admz.kiosk.lastHeartbeat';

const heartbeatSchema = z.object({
  identity: kioskIdentitySchema,
  /** Server clock minus tablet clock, for checking token windows offline. */
  clockOffsetMs: z.number(),
  /** Tablet time of the answer: changes only when the API really answered. */
  receivedAt: z.number(),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/** `GET /api/kiosk/me` and, beside it, the public keys: both are cheap, and both must be fresh for offline use. */
export async function runHeartbeat(credential: string): Promise<Heartbeat> {
  const keysRefreshed = refreshPublicKeys();
  const sentAt = Date.now();
  const identity = await fetchKioskIdentity(credential);
  const receivedAt = Date.now();
  await keysRefreshed;
  const heartbeat = {
    identity,
    clockOffsetMs: measureClockOffsetMs(identity.serverTime, sentAt, receivedAt),
    receivedAt,
  };
  storeLastHeartbeat(heartbeat);
  return heartbeat;
}

/** The last answer, so that a tablet restarted while the network is down still knows its site. */
export function readLastHeartbeat(): Heartbeat | undefined {
  try {
    const parsed = heartbeatSchema.safeParse(
      JSON.parse(window.localStorage.getItem(storageKey) ?? 'null'),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function storeLastHeartbeat(heartbeat: Heartbeat): void {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(heartbeat));
  } catch {
    // A full or disabled storage only costs the offline start-up.
  }
}

export function forgetLastHeartbeat(): void {
  window.localStorage.removeItem(storageKey);
}
