import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** A retention period in whole units. */
const retentionPeriod = (defaultValue: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(defaultValue);

/**
 * What one process does: `all` serves HTTP and runs the background workers and crons; `api`
 * serves HTTP and sends jobs, running none; `worker` runs the workers and crons and answers only
 * the health routes. `api` and `worker` processes share one PostgreSQL server (DATABASE_URL).
 */
export const processRoles = ['all', 'api', 'worker'] as const;
export type ProcessRole = (typeof processRoles)[number];

const environmentVariables = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PROCESS_ROLE: z.enum(processRoles).default('all'),
  // A worker process's scheduling priority (nice, 0 to 19): on a machine it shares with API
  // processes, the requests take the CPU first and the jobs the rest.
  WORKER_NICENESS: z.coerce.number().int().min(0).max(19).default(10),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  // Connections of this process's main pool; pg-boss's and the LISTEN connection (none in a worker) come on top.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  // The proxies whose X-Forwarded-For is believed (Express `trust proxy`): addresses, CIDR ranges,
  // or loopback / linklocal / uniquelocal, comma-separated. The person's address counts attempts.
  TRUST_PROXY: z
    .string()
    .regex(
      /^\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?))*\s*$/,
      {
        message:
          'TRUST_PROXY must list the load balancers: addresses or CIDR ranges (10.0.0.0/8), or loopback, linklocal, uniquelocal, comma-separated.',
      },
    )
    .default('loopback'),
  DATA_DIR: z.string().default('./data'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().default('admz-local'),
  OIDC_CLIENT_SECRET: z.string().default('admz-local-secret-change-me-0123456789'),
  OIDC_SCOPES: z
    .string()
    .default('openid given_name usual_name email uid siret idp_id organization_label roles'),
  OIDC_ACR_VALUES: z.string().optional(),
  ACCESS_ALLOWED_ROLES: z
    .string()
    .default('agent_public,agent_public_etat,agent_public_territorial,agent_public_hospitalier'),
  ADMIN_EMAILS: z.string().default(''),
  QR_SIGNING_KEY: z.string().optional(),
  QR_SIGNING_KEY_ID: z.string().default('admz-1'),
  // Other keys whose tokens are still accepted while keys rotate: JSON { "<kid>": "<public PEM>" }.
  QR_VERIFICATION_KEYS: z
    .string()
    .transform((value, context) => {
      try {
        const parsed: unknown = JSON.parse(value);
        return z.record(z.string().min(1), z.string().min(40)).parse(parsed);
      } catch {
        context.addIssue({
          code: 'custom',
          message:
            'QR_VERIFICATION_KEYS must be JSON: { "<key id>": "<Ed25519 public key, PEM>" }.',
        });
        return z.NEVER;
      }
    })
    .optional(),
  CHECK_IN_OPENS_MINUTES_BEFORE: z.coerce.number().int().min(0).max(240).default(15),
  SEED_DEMO_DATA: booleanFromEnv.optional(),
  SEED_DEMO_PRESENCE: booleanFromEnv.default(true),
  SEED_DEMO_RICH: booleanFromEnv.default(true),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  JOBS_POLLING_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  MAIL_YIELD_SECONDS: z.coerce.number().min(0).max(600).default(30),
  JOBS_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  REMINDER_HOUR: z.coerce.number().int().min(0).max(23).default(18),
  // None: mails go to the development outbox.
  SMTP_URL: z
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), {
      message: 'SMTP_URL must look like smtp://user:password@host:587 (or smtps://…:465).',
    })
    .optional(),
  MAIL_FROM: z.string().min(3).default('AdmZ <ne-pas-repondre@admz.beta.gouv.fr>'),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  MAIL_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(4).max(3600).default(120),
  // Personal data has a lifetime (daily purge): presence 3 months, as CNIL advises for access logs.
  RETENTION_PRESENCE_MONTHS: retentionPeriod(3, 1, 120),
  RETENTION_BOOKINGS_MONTHS: retentionPeriod(12, 1, 120),
  RETENTION_EXPIRED_SESSIONS_DAYS: retentionPeriod(0, 0, 365),
  RETENTION_OUTBOX_DAYS: retentionPeriod(30, 1, 365),
  RETENTION_JOBS_DAYS: retentionPeriod(7, 1, 365),
  // Development and browser tests: the API's clock starts at this instant (then flows).
  CLOCK_START: z.iso
    .datetime({ offset: true })
    .transform((value) => new Date(value))
    .optional(),
});

// An empty value (`PUBLIC_URL=` in .env.example) means the variable is not set: its default.
const environmentSchema = z
  .preprocess(
    (environment) =>
      Object.fromEntries(
        Object.entries(environment as Record<string, unknown>).filter(([, value]) => value !== ''),
      ),
    environmentVariables,
  )
  .superRefine((env, context) => {
    if (env.PROCESS_ROLE !== 'all' && !env.DATABASE_URL) {
      context.addIssue({
        code: 'custom',
        path: ['PROCESS_ROLE'],
        message: `${env.PROCESS_ROLE} needs DATABASE_URL: the api and worker processes share one PostgreSQL server (the embedded database serves one process, PROCESS_ROLE=all).`,
      });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const { path, message } of findDevelopmentDefaults(env)) {
      context.addIssue({ code: 'custom', path: [path], message });
    }
  });

const defaultClientSecret = 'admz-local-secret-change-me-0123456789';

/** What production must not run on: each development default, with the sentence that fixes it. */
function findDevelopmentDefaults(
  env: z.output<typeof environmentVariables>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!env.OIDC_ISSUER) {
    problems.push({
      path: 'OIDC_ISSUER',
      message:
        'set it to ProConnect (https://auth.agentconnect.gouv.fr/api/v2): the local identity provider lets anyone log in as a demo account.',
    });
  }
  if (
    env.OIDC_ISSUER &&
    (!env.OIDC_CLIENT_SECRET || env.OIDC_CLIENT_SECRET === defaultClientSecret)
  ) {
    problems.push({
      path: 'OIDC_CLIENT_SECRET',
      message: 'set the client secret ProConnect gave AdmZ, not the development value.',
    });
  }
  if (!env.QR_SIGNING_KEY) {
    problems.push({
      path: 'QR_SIGNING_KEY',
      message:
        'set an Ed25519 private key (openssl genpkey -algorithm ed25519): a key generated on disk is lost with the server and differs between servers.',
    });
  }
  if (!env.SMTP_URL) {
    problems.push({
      path: 'SMTP_URL',
      message:
        'set the mail server (smtp://user:password@host:587): without it mails stay in the development outbox and nobody gets them.',
    });
  }
  if (env.CLOCK_START) {
    problems.push({
      path: 'CLOCK_START',
      message:
        'remove it: a chosen starting instant is for development and tests; bookings, codes and sessions must follow the real time.',
    });
  }
  if (!env.PUBLIC_URL) {
    problems.push({
      path: 'PUBLIC_URL',
      message: 'set the address people open (https://…): logins come back to it.',
    });
  } else if (!isHttpsOrLocal(env.PUBLIC_URL)) {
    problems.push({
      path: 'PUBLIC_URL',
      message:
        'use https: over plain http the session cookie and the login travel in clear (http is accepted for localhost only).',
    });
  }
  return problems;
}

function isHttpsOrLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  /** Whether this process serves HTTP, runs the background jobs, or both. */
  processRole: ProcessRole;
  /** The niceness a `worker` process gives itself at start (`all` and `api` keep theirs). */
  workerNiceness: number;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  /** Connections of the main pool (TypeORM); pg-boss's 10 and two listeners come on top. */
  databasePoolSize: number;
  /** Express `trust proxy`: whose X-Forwarded-For gives the person's address. */
  trustProxy: string[];
  dataDir: string;
  oidc: {
    issuer: string | undefined;
    clientId: string;
    clientSecret: string;
    scopes: string;
    acrValues: string | undefined;
    allowedRoles: string[];
  };
  adminEmails: string[];
  qrSigningKey: string | undefined;
  qrSigningKeyId: string;
  /** Public keys (by key id) of tokens still accepted besides the signing key's. */
  qrVerificationKeys: Record<string, string>;
  checkInOpensMinutesBefore: number;
  shouldSeedDemoData: boolean;
  /** With the demo seed: people visible in « Qui est là ? » today and tomorrow (tests turn it off). */
  shouldSeedDemoPresence: boolean;
  /** With the demo seed: zone plans, made-up agents, past bookings, a full day, a guest. */
  shouldSeedRichDemo: boolean;
  sessionDays: number;
  /** How often each background worker asks PostgreSQL for a job. */
  jobsPollingSeconds: number;
  /**
   * How long a mail may be held back while requests are being served (a burst of bookings is
   * answered first, its confirmations follow); 0 never holds one.
   */
  mailYieldSeconds: number;
  /** How often one process looks for jobs whose process died (expired), archives and purges. */
  jobsMaintenanceSeconds: number;
  /** From this hour (site clock) the day-before reminders go out. */
  reminderHour: number;
  mail: {
    smtpUrl: string | undefined;
    from: string;
    /** Wait before the first new attempt when the SMTP server fails; doubles at each attempt. */
    retryDelaySeconds: number;
    /** A send still running after this is taken for lost (its process died) and tried again. */
    sendTimeoutSeconds: number;
  };
  /** How long personal data is kept before the daily purge erases or anonymises it. */
  retention: {
    /** Arrival and departure times, kiosk scans (months after the booking ended). */
    presenceMonths: number;
    /** Bookings unlinked from their person; series and waiting lists deleted (months after). */
    bookingsMonths: number;
    /** Expired sessions and login attempts (days after expiry). */
    expiredSessionsDays: number;
    /** Mails of the development outbox (days). */
    outboxDays: number;
    /** Finished pg-boss jobs, archived (days). */
    jobsDays: number;
  };
  /** The instant the API's clock starts at (development, browser tests); undefined: real time. */
  clockStart: Date | undefined;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Parses the environment once at boot; throws a readable message naming each bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const splitList = (value: string) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  return {
    nodeEnv: env.NODE_ENV,
    processRole: env.PROCESS_ROLE,
    workerNiceness: env.WORKER_NICENESS,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    trustProxy: splitList(env.TRUST_PROXY),
    dataDir: env.DATA_DIR,
    oidc: {
      issuer: env.OIDC_ISSUER,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      scopes: env.OIDC_SCOPES,
      acrValues: env.OIDC_ACR_VALUES,
      allowedRoles: splitList(env.ACCESS_ALLOWED_ROLES),
    },
    adminEmails: splitList(env.ADMIN_EMAILS).map((email) => email.toLowerCase()),
    qrSigningKey: env.QR_SIGNING_KEY,
    qrSigningKeyId: env.QR_SIGNING_KEY_ID,
    qrVerificationKeys: env.QR_VERIFICATION_KEYS ?? {},
    checkInOpensMinutesBefore: env.CHECK_IN_OPENS_MINUTES_BEFORE,
    shouldSeedDemoData: env.SEED_DEMO_DATA ?? env.DATABASE_URL === undefined,
    shouldSeedDemoPresence: env.SEED_DEMO_PRESENCE,
    shouldSeedRichDemo: env.SEED_DEMO_RICH,
    sessionDays: env.SESSION_DAYS,
    jobsPollingSeconds: env.JOBS_POLLING_SECONDS,
    mailYieldSeconds: env.MAIL_YIELD_SECONDS,
    jobsMaintenanceSeconds: env.JOBS_MAINTENANCE_SECONDS,
    reminderHour: env.REMINDER_HOUR,
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      retryDelaySeconds: env.MAIL_RETRY_DELAY_SECONDS,
      sendTimeoutSeconds: env.MAIL_SEND_TIMEOUT_SECONDS,
    },
    retention: {
      presenceMonths: env.RETENTION_PRESENCE_MONTHS,
      bookingsMonths: env.RETENTION_BOOKINGS_MONTHS,
      expiredSessionsDays: env.RETENTION_EXPIRED_SESSIONS_DAYS,
      outboxDays: env.RETENTION_OUTBOX_DAYS,
      jobsDays: env.RETENTION_JOBS_DAYS,
    },
    clockStart: env.CLOCK_START,
  };
}
