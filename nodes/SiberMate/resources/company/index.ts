import type { INodeProperties } from 'n8n-workflow';

import { applyLimit, route, unwrapData } from '../../shared';
import { getAllFields } from './getAll';

export const companyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get your organization',
				description: 'Retrieve the profile, plan (learner limit, domain lock) and enabled modules',
				routing: route('GET', '/company'),
			},
			{
				name: 'Get Features',
				value: 'getFeatures',
				action: 'Get the enabled modules',
				description: 'Retrieve which SiberMate modules are on and the Breach Pro monitored domains',
				routing: route('GET', '/company/features'),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many child companies',
				description:
					'List the child companies of an MSP or Distributor account (other keys get a permission error)',
				routing: route('GET', '/companies', [unwrapData, applyLimit]),
			},
		],
		default: 'get',
	},
	...getAllFields,
];
