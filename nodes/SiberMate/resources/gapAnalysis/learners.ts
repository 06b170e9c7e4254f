import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor } from '../../shared';

export const learnersFields: INodeProperties[] = [
	idListField('learner', {
		name: 'learnerIds',
		displayName: 'Learner Names or IDs',
		required: true,
		description: 'Learners to act on',
		displayOptions: showFor('gapAnalysis', ['enroll', 'sendReminder', 'unenroll']),
	}),
];
