type Payload = Record<string, unknown> & { uid?: string; grantId?: string; userCode?: string };
type Entry = { value: unknown; expiresAt: number };

/** Models whose records belong to a grant, so that revoking the grant removes them. */
const grantable = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode']);

/**
 * oidc-provider's storage for the local identity provider, in process memory. Said once here,
 * instead of by oidc-provider's own warning at every start: this provider is for development
 * only (lost on restart, not shared between processes); in production the provider is
 * ProConnect.
 */
export function createInMemoryAdapter(): new (model: string) => InMemoryAdapter {
  const entries = new Map<string, Entry>();
  const read = (key: string): unknown => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    // Real time, not the Clock: oidc-provider dates its records with the real time.
    // oidc-provider: real time
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.value;
  };
  const write = (key: string, value: unknown, expiresInSeconds: number) => {
    // Expired entries go when written over or read; a development provider keeps few.
    entries.set(key, { value, expiresAt: Date.now() + expiresInSeconds * 1000 }); // oidc-provider: real time
  };
  return class implements InMemoryAdapter {
    constructor(private readonly model: string) {}

    private key(id: string): string {
      return `${this.model}:${id}`;
    }

    async upsert(id: string, payload: Payload, expiresIn: number): Promise<void> {
      if (this.model === 'Session' && payload.uid)
        write(`sessionUid:${payload.uid}`, id, expiresIn);
      if (grantable.has(this.model) && payload.grantId) {
        const grantKey = `grant:${payload.grantId}`;
        const keys = (read(grantKey) as string[] | undefined) ?? [];
        write(grantKey, [...keys, this.key(id)], expiresIn);
      }
      if (payload.userCode) write(`userCode:${payload.userCode}`, id, expiresIn);
      write(this.key(id), payload, expiresIn);
    }

    async find(id: string): Promise<Payload | undefined> {
      return read(this.key(id)) as Payload | undefined;
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      const id = read(`sessionUid:${uid}`);
      return typeof id === 'string' ? this.find(id) : undefined;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      const id = read(`userCode:${userCode}`);
      return typeof id === 'string' ? this.find(id) : undefined;
    }

    async consume(id: string): Promise<void> {
      const payload = read(this.key(id)) as Payload | undefined;
      if (payload) payload.consumed = Math.floor(Date.now() / 1000); // oidc-provider: real time
    }

    async destroy(id: string): Promise<void> {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      const grantKey = `grant:${grantId}`;
      for (const key of (read(grantKey) as string[] | undefined) ?? []) entries.delete(key);
      entries.delete(grantKey);
    }
  };
}

export type InMemoryAdapter = {
  upsert(id: string, payload: Payload, expiresIn: number): Promise<void>;
  find(id: string): Promise<Payload | undefined>;
  findByUid(uid: string): Promise<Payload | undefined>;
  findByUserCode(userCode: string): Promise<Payload | undefined>;
  consume(id: string): Promise<void>;
  destroy(id: string): Promise<void>;
  revokeByGrantId(grantId: string): Promise<void>;
};
