import type { INodeProperties } from 'n8n-workflow';

import { showFor, withDisplay } from '../../shared';
import {
	excludedFromAutoEnrolField,
	externalLearnerIdField,
	groupIdsField,
	localeField,
	nameFields,
} from './profileFields';

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
			excludedFromAutoEnrolField,
			externalLearnerIdField,
			groupIdsField(
				'The complete set of groups the learner should be in (replaces the current set). To remove the learner from every group use Replace Groups with an empty list.',
			),
			localeField,
		],
	},
]);
