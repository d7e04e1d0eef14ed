import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { tokenStore, type MeResponse } from '../../api';
import { authCommands, authQueries } from './queries';

interface Auth {
  signedIn: boolean;
  /** True after the person pressed sign out (not when the session expired): then there is nowhere to return to. */
  leftOnPurpose: boolean;
  me?: MeResponse;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState(() => tokenStore.get() !== null);
  const [leftOnPurpose, setLeftOnPurpose] = useState(false);
  const queries = useQueryClient();
  const me = useQuery({ ...authQueries.me(), enabled: signedIn });

  const signOut = useCallback(() => {
    tokenStore.clear();
    queries.clear();
    setLeftOnPurpose(true);
    setSignedIn(false);
  }, [queries]);

  useEffect(() => {
    const onSignedOut = () => { queries.clear(); setLeftOnPurpose(false); setSignedIn(false); };
    window.addEventListener('asnapi:signed-out', onSignedOut);
    return () => window.removeEventListener('asnapi:signed-out', onSignedOut);
  }, [queries]);

  const signIn = useCallback(async (username: string, password: string) => {
    const token = await authCommands.token({ username, password });
    tokenStore.set(token.accessToken);
    setLeftOnPurpose(false);
    setSignedIn(true);
  }, []);

  return <AuthContext.Provider value={{ signedIn, leftOnPurpose, me: me.data, signIn, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
