import { useState } from 'react';
import { Dashboard } from './Dashboard';
import { Login } from './Login';
import { loadSession, type Session, saveSession } from './session';

export function App() {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  if (!session) {
    return (
      <Login
        onLogin={(s) => {
          saveSession(s);
          setSession(s);
        }}
      />
    );
  }
  return (
    <Dashboard
      key={session.tenantId}
      session={session}
      onLogout={() => {
        saveSession(null);
        setSession(null);
      }}
    />
  );
}
