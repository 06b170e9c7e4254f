import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** The credential's Base URL without surrounding spaces or trailing slashes, so paths never start with `//`. */
export const BASE_URL_EXPRESSION = '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}';

export class SiberMateApi implements ICredentialType {
	name = 'sibermateApi';

	displayName = 'SiberMate API';

	icon: Icon = { light: 'file:../icons/sibermate.svg', dark: 'file:../icons/sibermate.dark.svg' };

	documentationUrl = 'https://api.sibermate.com/v1/openapi.json';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Tenant API key from the SiberMate dashboard, sent as a Bearer token',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.sibermate.com/v1',
			required: true,
			description: 'Change only for a regional endpoint or the local sandbox',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	// GET /health accepts any key, so the test reads the organization profile instead.
	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/company',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'The API key is not valid. Copy a current key from the SiberMate dashboard.',
				},
			},
		],
	};
}
