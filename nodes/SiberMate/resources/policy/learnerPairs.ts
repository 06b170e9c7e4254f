import type { INodeProperties } from 'n8n-workflow';

import { idListField, sendIdList, showFor } from '../../shared';

/** Assign, Send Reminder and Remove Assignment send every policy × learner pair at once. */
export const learnerPairsSend = [
	sendIdList('policyIds', 'policyIds'),
	sendIdList('learnerIds', 'learnerIds'),
];

export function learnerPairsFields(
	operation: string,
	describe: { policies: string; learners: string },
): INodeProperties[] {
	const displayOptions = showFor('policy', [operation]);
	return [
		idListField('policy', {
			name: 'policyIds',
			displayName: 'Policies',
			required: true,
			description: describe.policies,
			displayOptions,
		}),
		idListField('learner', {
			name: 'learnerIds',
			displayName: 'Learners',
			required: true,
			description: describe.learners,
			displayOptions,
		}),
	];
}
