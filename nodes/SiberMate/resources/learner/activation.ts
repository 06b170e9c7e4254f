import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor } from '../../shared';

export const activationFields: INodeProperties[] = [
	idListField('learner', {
		name: 'learnerIds',
		displayName: 'Learner Names or IDs',
		required: true,
		description: 'Learners to activate or deactivate',
		displayOptions: showFor('learner', ['activate', 'deactivate']),
	}),
];
