import type { DatabaseNotifications } from './embedded-database';

/** Where the app's database is, for the pieces that open connections of their own. */
export type DatabaseConnection = {
  url: string;
  /** Set for the embedded database, whose NOTIFY messages are read in-process. */
  notifications: DatabaseNotifications | null;
  /**
   * Whether hot statements may be prepared by name (parsed and planned once per connection): on
   * a PostgreSQL server, yes; on the embedded database, no, since its pooled connections share
   * one backend, where a name one connection prepared would already exist for the next.
   */
  namesStatements: boolean;
};

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');
