import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor, withDisplay } from '../../shared';
import { externalLearnerIdField, nameFields } from './profileFields';

export const updateFields: INodeProperties[] = withDisplay(showFor('learner', ['update']), [
	...nameFields,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'New work email (same rules as on Create)',
			},
			{
				displayName: 'Excluded From Auto Enrol',
				name: 'excludedFromAutoEnrol',
				type: 'boolean',
				default: false,
				description: 'Whether the learner is left out of automatic course enrolment',
			},
			externalLearnerIdField,
			idListField('group', {
				name: 'groupIds',
				displayName: 'Group Names or IDs',
				description:
					'The complete set of groups the learner should be in (replaces the current set). To remove the learner from every group use Replace Groups with an empty list.',
			}),
			{
				displayName: 'Locale',
				name: 'locale',
				type: 'string',
				default: '',
				placeholder: 'e.g. en',
				description: 'Language of the learner, e.g. en',
			},
		],
	},
]);
