// DATABASE_URL and its companions name one of three kinds of database, or are refused with the reason.
import { describe, expect, it } from 'vitest';
import { databaseTarget } from '../../api/db/target.ts';

describe('databaseTarget', () => {
  it('a file: URL is a local file; with DATABASE_SYNC_URL an embedded replica of that server', () => {
    expect(databaseTarget('file:data/minzhengyun.db', {})).toEqual({ kind: 'file', url: 'file:data/minzhengyun.db', path: 'data/minzhengyun.db' });
    expect(databaseTarget('file:/srv/mzy/replica.db', { DATABASE_SYNC_URL: 'libsql://mzy.example.org', DATABASE_AUTH_TOKEN: 't' })).toEqual({
      kind: 'replica', url: 'file:/srv/mzy/replica.db', path: '/srv/mzy/replica.db', syncUrl: 'libsql://mzy.example.org', authToken: 't', syncIntervalSeconds: 1,
    });
  });

  it('http, https, ws, wss and libsql URLs are a libSQL server, with the auth token when set', () => {
    for (const url of ['http://127.0.0.1:8080', 'https://db.example.org', 'ws://127.0.0.1:8080', 'wss://db.example.org', 'libsql://mzy.turso.io']) {
      expect(databaseTarget(url, { DATABASE_AUTH_TOKEN: 'tok' })).toEqual({ kind: 'remote', url, authToken: 'tok' });
    }
    expect(databaseTarget('http://127.0.0.1:8080', {})).toEqual({ kind: 'remote', url: 'http://127.0.0.1:8080', authToken: undefined });
  });

  it('refuses what it cannot open, saying what it expects', () => {
    expect(() => databaseTarget('postgres://db/mzy', {})).toThrow(/DATABASE_URL must be file:…, http\(s\):\/\/…, ws\(s\):\/\/… or libsql:\/\/…, not postgres:\/\/db\/mzy/);
    expect(() => databaseTarget('http://127.0.0.1:8080', { DATABASE_SYNC_URL: 'http://other' })).toThrow(/DATABASE_URL must then be file:…/);
    expect(() => databaseTarget('file:r.db', { DATABASE_SYNC_URL: 'http://s', DATABASE_SYNC_INTERVAL: 'soon' })).toThrow(/DATABASE_SYNC_INTERVAL must be a number of seconds above 0, not soon/);
  });
});
