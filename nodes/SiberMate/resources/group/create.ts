import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor, withDisplay } from '../../shared';

export const createFields: INodeProperties[] = withDisplay(showFor('group', ['create']), [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Finance',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			idListField('manager', {
				name: 'managerIds',
				displayName: 'Manager Names or IDs',
				description: 'Learners who manage the group',
			}),
		],
	},
]);
