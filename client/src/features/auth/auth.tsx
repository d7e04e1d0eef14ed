import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { tokenStore, type MeResponse } from '../../api';
import { authCommands, authQueries } from './queries';

interface Auth {
  signedIn: boolean;
  me?: MeResponse;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState(() => tokenStore.get() !== null);
  const queries = useQueryClient();
  const me = useQuery({ ...authQueries.me(), enabled: signedIn });

  const signOut = useCallback(() => {
    tokenStore.clear();
    queries.clear();
    setSignedIn(false);
  }, [queries]);

  useEffect(() => {
    const onSignedOut = () => { queries.clear(); setSignedIn(false); };
    window.addEventListener('asnapi:signed-out', onSignedOut);
    return () => window.removeEventListener('asnapi:signed-out', onSignedOut);
  }, [queries]);

  const signIn = useCallback(async (username: string, password: string) => {
    const token = await authCommands.token({ username, password });
    tokenStore.set(token.accessToken);
    setSignedIn(true);
  }, []);

  return <AuthContext.Provider value={{ signedIn, me: me.data, signIn, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
