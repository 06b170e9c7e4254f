import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor } from '../../shared';

/** Add Learners and Remove Learners: the learners, other groups of theirs untouched. */
export const membershipFields: INodeProperties[] = [
	idListField('learner', {
		name: 'learnerIds',
		displayName: 'Learner Names or IDs',
		required: true,
		description: 'Learners to add to or remove from the group; their other groups are kept',
		displayOptions: showFor('group', ['addLearners', 'removeLearners']),
	}),
];
