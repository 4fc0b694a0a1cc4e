import 'reflect-metadata';
import { setPriority } from 'node:os';
import { createApp } from './app';
import { loadConfig, type AppConfig } from './config';
import { startEmbeddedDatabase } from './database/embedded-database';
import { drainAndClose } from './health/graceful-shutdown';
import { demoKioskSettingsPin, readDemoKioskCredential } from './seed/demo-data';

async function main(): Promise<void> {
  const config = loadConfig();
  // Jobs yield the CPU to the requests of API processes on the same machine (raising one's own
  // niceness needs no privilege). Applied before anything starts, so the whole process has it.
  if (config.processRole === 'worker') setPriority(config.workerNiceness);
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  const databaseUrl = config.databaseUrl ?? embedded?.url;
  if (!databaseUrl) throw new Error('no database: neither DATABASE_URL nor the embedded one');
  const app = await createApp({
    config,
    databaseUrl,
    databaseNotifications: embedded?.notifications,
    persistDir: config.dataDir,
  });
  await app.listen(config.port, '0.0.0.0');
  printWelcome(config, embedded !== null, readDemoKioskCredential(config.dataDir));
  let isStopping = false;
  const stop = async () => {
    if (isStopping) return;
    isStopping = true;
    await drainAndClose(app);
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function printWelcome(
  config: AppConfig,
  isEmbedded: boolean,
  kioskCredential: string | null,
): void {
  const url = config.publicUrl;
  if (config.processRole === 'worker') {
    console.log(
      `\n  AdmZ (tâches de fond : mails, rappels, libérations) est prêt ; santé : http://localhost:${config.port}/api/health/ready\n`,
    );
    return;
  }
  const lines = [
    '',
    `  AdmZ est prêt : ${url}`,
    `    borne d'accueil : ${url}/kiosk/${kioskCredential ? `?cle=${kioskCredential}` : ''}`,
    ...(kioskCredential
      ? [`    code des réglages de la borne de démonstration : ${demoKioskSettingsPin}`]
      : []),
    `    API (OpenAPI)   : ${url}/api/docs`,
    `    base de données : ${isEmbedded ? `PostgreSQL embarqué (PGlite) dans ${config.dataDir}` : 'DATABASE_URL'}`,
  ];
  if (config.processRole === 'api') {
    lines.push(`    tâches de fond  : dans les processus PROCESS_ROLE=worker (aucune ici)`);
  }
  if (!config.mail.smtpUrl && config.nodeEnv !== 'production') {
    lines.push(
      `    boîte d'envoi   : ${url}/dev/boite-mail (pas de SMTP_URL : les mails restent ici)`,
    );
  }
  if (config.oidc.issuer === undefined) {
    lines.push(
      '',
      "  Fournisseur d'identité local (comme ProConnect) — comptes de démonstration :",
      '    agent    Camille Martin, ministère du Travail',
      '    agent2   Yanis Benali, DREETS',
      '    hote     Inès Lefèvre, hôtesse du site AdmZ Paris',
      '    admin    Paul Durand, administrateur',
      '    externe  Léa Rousseau, non agente : accès refusé',
    );
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
