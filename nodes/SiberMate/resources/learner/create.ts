import type { INodeProperties } from 'n8n-workflow';

import { showFor, withDisplay } from '../../shared';
import {
	emailField,
	excludedFromAutoEnrolField,
	externalLearnerIdField,
	groupIdsField,
	localeField,
	nameFields,
} from './profileFields';

export const createFields: INodeProperties[] = withDisplay(showFor('learner', ['create']), [
	emailField,
	...nameFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [excludedFromAutoEnrolField, externalLearnerIdField, groupIdsField(), localeField],
	},
]);
