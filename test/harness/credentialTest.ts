import type { INodeType } from 'n8n-workflow';

import { SiberMateApi } from '../../credentials/SiberMateApi.credentials';
import { CREDENTIAL_TYPE, registerNodeType, runNode, type TestCredentials } from './index';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

/**
 * Runs the credential's `test` request the way n8n's credentials tester does: as the request
 * defaults of a parameterless declarative node, then reads the outcome through its rules.
 */
export async function testCredential(credentials: TestCredentials): Promise<CredentialTestResult> {
	const { test } = new SiberMateApi();
	const probe: INodeType = {
		description: {
			displayName: 'Credential test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: CREDENTIAL_TYPE, required: true }],
			requestDefaults: test.request,
			properties: [],
		},
	};
	registerNodeType('credentialTest', probe);

	const { error } = await runNode({ type: 'credentialTest', parameters: {}, credentials });
	if (!error) return { status: 'OK', message: 'Connection tested successfully' };

	const status = Number(error.httpCode);
	for (const rule of test.rules ?? []) {
		if (rule.type === 'responseCode' && rule.properties.value === status) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'Error', message: String(error.message) };
}
