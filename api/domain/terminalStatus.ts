// Whether a kiosk terminal counts as online in the console.

/** Heartbeats come every 2 minutes; 5 minutes lets one beat be lost (a page load, a network blip) but not two. */
export const ONLINE_WITHIN_MS = 5 * 60_000;

export function terminalOnline(lastSeenAt: string | null, revokedAt: string | null, now: Date): boolean {
  if (revokedAt || !lastSeenAt) return false;
  return now.getTime() - Date.parse(lastSeenAt) <= ONLINE_WITHIN_MS;
}
