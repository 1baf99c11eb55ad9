// Whether anybody else wrote the database since a cache was filled. This process's own writes bump its write queue's
// version; another process's show on a local file as a new PRAGMA data_version, read synchronously (about a
// microsecond) on a read-only connection of its own, which only other connections' commits move. On a libSQL server
// or an embedded replica nothing local can tell, so caches keep nothing there.
import Database from 'libsql';
import type { DatabaseTarget } from './target.ts';

export interface ChangeWatch {
  /** Changes whenever another connection or process committed; undefined: it cannot be told, cache nothing. */
  outside(): number | undefined;
  close(): void;
}

interface NativeStatement {
  raw(toggle: boolean): NativeStatement;
  get(): unknown[];
}

export function openChangeWatch(target: DatabaseTarget): ChangeWatch {
  if (target.kind !== 'file') return { outside: () => undefined, close: () => undefined };
  const native = new Database(target.path, { readonly: true }) as unknown as { prepare(sql: string): NativeStatement; close(): void };
  const dataVersion = native.prepare('PRAGMA data_version').raw(true);
  return { outside: () => Number(dataVersion.get()[0]), close: () => native.close() };
}
