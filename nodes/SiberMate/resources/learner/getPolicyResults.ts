import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, showFor, withDisplay } from '../../shared';

export const getPolicyResultsFields: INodeProperties[] = withDisplay(
	showFor('learner', ['getPolicyResults']),
	[
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				recordLocator('policy', {
					name: 'policyId',
					required: false,
					description: 'Only the results of this policy',
				}),
			],
		},
	],
);
