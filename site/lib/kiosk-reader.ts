// Our protocol with the terminal's ID-card reader bridge (kiosk/README.md, "读卡器"): GET status, POST read, JSON.
// Vendor SDKs differ; a county's bridge translates its vendor's service into these two answers.
import { checkIdNumber, normalizeIdNumber } from '../../api/domain/idNumber.ts';
import { checkName, normalizeName } from '../../api/domain/personName.ts';
import type { CalendarDate } from '../../api/domain/calendarDate.ts';

/** A bridge that takes longer than this is treated as absent: the resident should not wait on a dead service. */
export const READER_TIMEOUT_MS = 2000;

export type ReaderStatus =
  /** Nothing answers on the configured address (no bridge, not configured, or it hung). */
  | { kind: 'absent' }
  /** The bridge answers but reports no working reader, or answered something that is not our protocol. */
  | { kind: 'fault'; code: string }
  | { kind: 'ready'; card: boolean };

export type CardRead =
  | { kind: 'read'; name: string; idNumber: string }
  /** no_card, read_failed, reader_fault (the bridge's), unreadable (what it sent fails our checks), absent. */
  | { kind: 'failed'; code: string };

async function call(url: string, method: 'GET' | 'POST'): Promise<Response | undefined> {
  try {
    // No body and no custom header: a simple CORS request, so the bridge needs no preflight for it.
    return await fetch(url, { method, cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(READER_TIMEOUT_MS) });
  } catch {
    return undefined;
  }
}

async function body(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function readerStatus(base: string): Promise<ReaderStatus> {
  const response = await call(`${base}status`, 'GET');
  if (!response) return { kind: 'absent' };
  const answer = await body(response);
  if (!response.ok || typeof answer?.connected !== 'boolean') return { kind: 'fault', code: typeof answer?.error === 'string' ? answer.error : 'reader_fault' };
  if (!answer.connected) return { kind: 'fault', code: 'reader_disconnected' };
  return { kind: 'ready', card: answer.card === true };
}

/** Reads the card on the reader; only the name and the ID number are kept, whatever else the bridge sends. */
export async function readCard(base: string, today: CalendarDate): Promise<CardRead> {
  const response = await call(`${base}read`, 'POST');
  if (!response) return { kind: 'failed', code: 'absent' };
  const answer = await body(response);
  if (!response.ok) return { kind: 'failed', code: typeof answer?.error === 'string' ? answer.error : 'read_failed' };
  const name = typeof answer?.name === 'string' ? normalizeName(answer.name) : '';
  const idNumber = typeof answer?.idNumber === 'string' ? normalizeIdNumber(answer.idNumber) : '';
  if (!checkName(name).ok || !checkIdNumber(idNumber, today).ok) return { kind: 'failed', code: 'unreadable' };
  return { kind: 'read', name, idNumber };
}
