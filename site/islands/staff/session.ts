// What this tab remembers of the staff sign-in: who (for the bar) and the CSRF token; the session itself is an HttpOnly cookie.
const KEY = 'mzy-staff-session';

export interface StaffSession {
  role: string;
  displayName: string;
  county: string;
  township?: string | undefined;
  csrfToken: string;
  expiresAt: string;
}

export function readStaffSession(): StaffSession | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as StaffSession | null;
    return stored ?? undefined;
  } catch {
    return undefined;
  }
}

export const saveStaffSession = (session: StaffSession) => sessionStorage.setItem(KEY, JSON.stringify(session));
export const forgetStaffSession = () => sessionStorage.removeItem(KEY);

/** Headers of a request that changes something: the token given at sign-in (the browser adds the cookie and Origin). */
export const csrfHeaders = (session: StaffSession | undefined): Record<string, string> => (session ? { 'x-csrf-token': session.csrfToken } : {});
