import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { systemDescription } from './resources/system';
import { checkResponse, CREDENTIAL_TYPE, sendDeclarative } from './transport';

export class SiberMate implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SiberMate',
		name: 'siberMate',
		icon: { light: 'file:../../icons/sibermate.svg', dark: 'file:../../icons/sibermate.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage SiberMate learners, training, policies, phishing simulations and reports',
		defaults: { name: 'SiberMate' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		requestOperations: { pagination: sendDeclarative },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'System', value: 'system' }],
				default: 'system',
				// Every operation passes through sendDeclarative (see transport) and checkResponse.
				routing: { send: { paginate: true }, output: { postReceive: [checkResponse] } },
			},
			...systemDescription,
		],
	};
}
