import type { INodeProperties } from 'n8n-workflow';

import { idListField, recordLocator, showFor, withDisplay } from '../../shared';

export const moveLearnersFields: INodeProperties[] = withDisplay(
	showFor('group', ['moveLearners']),
	[
		recordLocator('group', {
			name: 'fromGroupId',
			displayName: 'From Group',
			description: 'The group the learners leave',
		}),
		recordLocator('group', {
			name: 'toGroupId',
			displayName: 'To Group',
			description: 'The group the learners join',
		}),
		idListField('learner', {
			name: 'learnerIds',
			displayName: 'Learner Names or IDs',
			description: 'Learners to move. Leave empty to move every learner of the From Group.',
		}),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Preserve Manager Role',
					name: 'preserveManagerRole',
					type: 'boolean',
					default: false,
					description: 'Whether managers of the From Group become managers of the To Group',
				},
			],
		},
	],
);
