import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection, recordLocator, showFor, withDisplay } from '../../shared';

export const getPolicyResultsFields: INodeProperties[] = withDisplay(
	showFor('learner', ['getPolicyResults']),
	[
		filtersCollection([
			recordLocator('policy', {
				name: 'policyId',
				required: false,
				description: 'Only the results of this policy',
			}),
		]),
	],
);
