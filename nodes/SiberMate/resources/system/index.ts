import type { INodeProperties } from 'n8n-workflow';

import { route } from '../../shared/routing';

export const systemDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['system'] } },
		options: [
			{
				name: 'Check Health',
				value: 'checkHealth',
				action: 'Check API health',
				description: 'Whether the SiberMate API is reachable (accepts any key)',
				routing: route('GET', '/health'),
			},
			{
				name: 'Check Readiness',
				value: 'checkReadiness',
				action: 'Check API readiness',
				description: 'Whether the API is configured to serve traffic',
				routing: route('GET', '/ready'),
			},
			{
				name: 'Get OpenAPI Document',
				value: 'getOpenApi',
				action: 'Get the API description document',
				description: 'Retrieve the machine-readable API description',
				routing: { request: { method: 'GET', url: '/openapi.json' } },
			},
		],
		default: 'checkHealth',
	},
];
