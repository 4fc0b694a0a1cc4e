import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

/** `.env.example` as a process manager would load it: `NAME=value` lines, comments skipped. */
function readEnvExample(): Record<string, string> {
  const text = readFileSync(resolve(__dirname, '../../../.env.example'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

const productionKey =
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHnGz5yXfMWwqeNIUEdo0ubFqTHhqRiNcmDWFDDdJ0uA\n-----END PRIVATE KEY-----';

const production = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://admz.example.gouv.fr',
  OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2',
  OIDC_CLIENT_ID: 'admz-prod',
  OIDC_CLIENT_SECRET: 'a-real-secret-from-proconnect',
  QR_SIGNING_KEY: productionKey,
  SMTP_URL: 'smtp://admz:secret@smtp.example.gouv.fr:587',
};

function problemsOf(environment: Record<string, string>): string {
  try {
    loadConfig(environment);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('configuration', () => {
  it('loads .env.example as written: every empty value means the default', () => {
    const environment = readEnvExample();
    expect(Object.keys(environment).length).toBeGreaterThan(15);
    expect(environment.PUBLIC_URL).toBe('');
    const config = loadConfig(environment);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      oidc: { issuer: undefined },
      mail: { smtpUrl: undefined },
    });
  });

  it('starts in production with real settings', () => {
    expect(problemsOf(production)).toBe('');
  });

  it('refuses to start in production on each development default, one sentence per problem', () => {
    const message = problemsOf({
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://admz.example.gouv.fr',
    });
    const lines = message.split('\n').slice(1);
    expect(lines).toHaveLength(4);
    expect(message).toMatch(/OIDC_ISSUER: .*local identity provider/);
    expect(message).toMatch(/QR_SIGNING_KEY: .*Ed25519/);
    expect(message).toMatch(/SMTP_URL: .*development outbox/);
    expect(message).toMatch(/PUBLIC_URL: use https/);
  });

  it.each([
    ['OIDC_ISSUER', { OIDC_ISSUER: '' }, /local identity provider/],
    ['OIDC_CLIENT_SECRET', { OIDC_CLIENT_SECRET: '' }, /not the development value/],
    ['QR_SIGNING_KEY', { QR_SIGNING_KEY: '' }, /Ed25519/],
    ['SMTP_URL', { SMTP_URL: '' }, /development outbox/],
    ['PUBLIC_URL', { PUBLIC_URL: '' }, /set the address/],
    ['PUBLIC_URL', { PUBLIC_URL: 'http://admz.example.gouv.fr' }, /use https/],
    ['CLOCK_START', { CLOCK_START: '2027-03-09T07:55:00Z' }, /real time/],
  ])('names %s when it is a development default', (name, override, sentence) => {
    const message = problemsOf({ ...production, ...override });
    expect(message.split('\n').slice(1)).toHaveLength(1);
    expect(message).toMatch(new RegExp(`${name}: `));
    expect(message).toMatch(sentence);
  });

  it('starts the clock at CLOCK_START outside production, on the real time without it', () => {
    expect(loadConfig({ CLOCK_START: '2027-03-09T08:55:00+01:00' }).clockStart).toEqual(
      new Date('2027-03-09T07:55:00Z'),
    );
    expect(loadConfig({}).clockStart).toBeUndefined();
    expect(problemsOf({ CLOCK_START: 'mardi 9 mars' })).toMatch(/CLOCK_START: /);
  });

  it('runs every part in one process by default; api and worker need a PostgreSQL server', () => {
    expect(loadConfig({}).processRole).toBe('all');
    const server = { DATABASE_URL: 'postgres://admz@db.example.gouv.fr:5432/admz' };
    expect(loadConfig({ ...server, PROCESS_ROLE: 'api' }).processRole).toBe('api');
    expect(loadConfig({ ...server, PROCESS_ROLE: 'worker' }).processRole).toBe('worker');
    expect(problemsOf({ PROCESS_ROLE: 'worker' })).toMatch(
      /PROCESS_ROLE: worker needs DATABASE_URL/,
    );
    expect(problemsOf({ ...server, PROCESS_ROLE: 'jobs' })).toMatch(/PROCESS_ROLE: /);
  });

  it('sizes the main pool, and believes X-Forwarded-For from the listed load balancers only', () => {
    expect(loadConfig({})).toMatchObject({ databasePoolSize: 20, trustProxy: ['loopback'] });
    expect(
      loadConfig({ DATABASE_POOL_SIZE: '8', TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }),
    ).toMatchObject({ databasePoolSize: 8, trustProxy: ['loopback', '10.0.0.0/8', 'fd00::1'] });
    expect(problemsOf({ DATABASE_POOL_SIZE: '1' })).toMatch(/DATABASE_POOL_SIZE: /);
    expect(problemsOf({ TRUST_PROXY: 'true' })).toMatch(/TRUST_PROXY: .*load balancers/);
  });

  it("lowers a worker's priority by 10 unless told otherwise, within what nice allows", () => {
    expect(loadConfig({})).toMatchObject({ workerNiceness: 10 });
    expect(loadConfig({ WORKER_NICENESS: '0' })).toMatchObject({ workerNiceness: 0 });
    expect(problemsOf({ WORKER_NICENESS: '20' })).toMatch(/WORKER_NICENESS: /);
    expect(problemsOf({ WORKER_NICENESS: '-5' })).toMatch(/WORKER_NICENESS: /);
  });

  it('accepts plain http for localhost in production', () => {
    expect(problemsOf({ ...production, PUBLIC_URL: 'http://localhost:3000' })).toBe('');
  });
});
