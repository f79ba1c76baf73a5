/** The signed-in demo user, kept in sessionStorage so each tab can be another tenant. */
export interface Session {
  token: string;
  tenantId: string;
  tenantName: string;
  userId: string;
}

const KEY = 'callbridge-demo-session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
