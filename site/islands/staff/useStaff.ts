// What every signed-in console island starts with: the typed client, the strings and this tab's sign-in.
import { apiClient } from '../apply/client.ts';
import { fill } from '../apply/strings.ts';
import type { StaffIslandProps } from './pageProps.ts';
import { readStaffSession } from './session.ts';

export function useStaff(props: StaffIslandProps) {
  return {
    client: apiClient(props.base, props.lang),
    s: (key: string, params?: Record<string, string | number>) => fill(props.strings, key, params),
    session: readStaffSession(),
  };
}

/** A label from the strings, or the raw value when there is none (a status or field the console does not know yet). */
export function labelOr(strings: Record<string, string>, key: string, raw: string): string {
  return strings[key] ?? raw;
}
