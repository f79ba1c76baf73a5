import type { ReactNode } from 'react';
import { CallbridgeClientError } from '../errors.js';
import { createContext, useContext } from '../react.js';
import type { CallsClient } from './client.js';

const CallsClientContext = createContext<CallsClient | null>(null);

/** Props of {@link CallsClientProvider}. */
export interface CallsClientProviderProps {
  /** A client from `createCallsClient`; create it once (module scope or `useMemo`). */
  client: CallsClient;
  children?: ReactNode;
}

/** Makes a calls client available to `useCalls`, `useCall` and `useCallStats` below it. */
export function CallsClientProvider({ client, children }: CallsClientProviderProps) {
  return <CallsClientContext.Provider value={client}>{children}</CallsClientContext.Provider>;
}

/** The client passed explicitly, else the one of the nearest `CallsClientProvider`. */
export function useCallsClient(explicit?: CallsClient): CallsClient {
  const fromContext = useContext(CallsClientContext);
  const client = explicit ?? fromContext;
  if (!client) {
    throw new CallbridgeClientError(
      'configuration_error',
      'No calls client: wrap the tree in <CallsClientProvider client={createCallsClient(...)}> or pass { client }.',
    );
  }
  return client;
}
