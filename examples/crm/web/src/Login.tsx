import { useEffect, useState } from 'react';
import type { Session } from './session';

interface TenantOption {
  id: string;
  name: string;
  users: string[];
}

/** The demo's sign-in: pick a firm and a user. The API then checks a real signed token. */
export function Login({ onLogin }: { onLogin(session: Session): void }) {
  const [tenants, setTenants] = useState<TenantOption[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch('/demo/tenants')
      .then((r) => r.json())
      .then(setTenants)
      .catch(() => setError('The server is not reachable.'));
  }, []);

  async function login(tenantId: string, userId: string) {
    const res = await fetch('/demo/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId, userId }),
    });
    if (!res.ok) {
      setError('Sign-in failed.');
      return;
    }
    onLogin((await res.json()) as Session);
  }

  return (
    <main className="login">
      <h1>callbridge · reference CRM</h1>
      <p>Pick a firm and a user. Each firm is a tenant: it sees only its own calls.</p>
      {error && <p role="alert">{error}</p>}
      <div className="login-tenants">
        {tenants.map((t) => (
          <section key={t.id} className="card" aria-label={t.name}>
            <h2>{t.name}</h2>
            <p className="muted">{t.id}</p>
            {t.users.map((u) => (
              <button
                key={u}
                type="button"
                data-testid={`login-${t.id}-${u}`}
                onClick={() => void login(t.id, u)}
              >
                Sign in as {u}
              </button>
            ))}
          </section>
        ))}
      </div>
    </main>
  );
}
