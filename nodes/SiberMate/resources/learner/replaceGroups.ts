import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor } from '../../shared';

export const replaceGroupsFields: INodeProperties[] = [
	idListField('group', {
		name: 'groupIds',
		displayName: 'Group Names or IDs',
		description:
			'The complete set of groups the learner should be in. Groups not listed are left; an empty list removes the learner from every group',
		displayOptions: showFor('learner', ['replaceGroups']),
	}),
];
