import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor, withDisplay } from '../../shared';
import { emailField, externalLearnerIdField, nameFields } from './profileFields';

export const createFields: INodeProperties[] = withDisplay(showFor('learner', ['create']), [
	emailField,
	...nameFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
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
				description: 'Existing groups to add the learner to',
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
