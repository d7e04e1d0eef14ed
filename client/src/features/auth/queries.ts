import { queryOptions } from '@tanstack/react-query';
import { api, type TokenRequest } from '../../api';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const authQueries = {
  me: () => queryOptions({ queryKey: authKeys.me(), queryFn: ({ signal }) => api.auth.me(signal), staleTime: 5 * 60_000 }),
  signInOptions: () => queryOptions({ queryKey: [...authKeys.all, 'sign-in-options'] as const, queryFn: ({ signal }) => api.auth.signInOptions(signal), staleTime: Infinity }),
};

export const authCommands = {
  token: (body: TokenRequest) => api.auth.token(body),
};
