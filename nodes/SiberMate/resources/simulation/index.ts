import type { INodeProperties } from 'n8n-workflow';

import { applyLimit, companyScope, route, unwrapData } from '../../shared';
import { getFields } from './get';
import { getAllFields } from './getAll';

export const simulationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['simulation'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a simulation',
				description: 'Retrieve one phishing simulation with its details',
				routing: route('GET', '/simulations/{simulationId}'),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many simulations',
				description:
					'List phishing simulations with their status and sent, opened, visited, compromised and reported counts',
				routing: route('GET', '/simulations', [unwrapData, applyLimit]),
			},
			{
				name: 'Get Metrics',
				value: 'getMetrics',
				action: 'Get simulation metrics',
				description:
					'Retrieve totals of opened, visited, compromised and reported across all phishing simulations, with per-simulation counts',
				routing: route('GET', '/simulations/metrics'),
			},
		],
		default: 'getAll',
	},
	companyScope('simulation', ['get', 'getAll', 'getMetrics']),
	...getFields,
	...getAllFields,
];
