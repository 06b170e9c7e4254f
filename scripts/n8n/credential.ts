import type { N8nCredential } from './instance';

export const CREDENTIAL_TYPE = 'sibermateApi';

/** Credential the examples refer to; imported workflows find it by this ID and name. */
export const SANDBOX_CREDENTIAL = { id: 'sibermateSandbox01', name: 'SiberMate sandbox' };

export function sandboxCredential(baseUrl: string, apiKey: string): N8nCredential {
	return { ...SANDBOX_CREDENTIAL, type: CREDENTIAL_TYPE, data: { apiKey, baseUrl } };
}
