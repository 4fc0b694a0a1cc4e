import type { DatabaseNotifications } from './embedded-database';

/** Where the app's database is, for the pieces that open connections of their own. */
export type DatabaseConnection = {
  url: string;
  /** Set for the embedded database, whose NOTIFY messages are read in-process. */
  notifications: DatabaseNotifications | null;
};

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
