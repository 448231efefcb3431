import { createContext, useContext } from 'react';

/** The CSP nonce of the current response, for the inline scripts React Router writes. */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
