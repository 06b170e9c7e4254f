import type { INodeProperties } from 'n8n-workflow';

import { applyLimit, companyScope, route, unwrapData } from '../../shared';
import { getFields } from './get';
import { getAllFields, getAllSend } from './getAll';

export const policyTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['policyTemplate'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a policy template',
				description: 'Retrieve one policy template with its description',
				routing: route('GET', '/policy-templates/{policyTemplateId}'),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many policy templates',
				description:
					'List the policy templates a policy can be created from (Policy > Create From Template)',
				routing: route('GET', '/policy-templates', [unwrapData, applyLimit], getAllSend),
			},
		],
		default: 'getAll',
	},
	companyScope('policyTemplate', ['get', 'getAll']),
	...getFields,
	...getAllFields,
];
