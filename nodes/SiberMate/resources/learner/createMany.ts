import type { INodeProperties } from 'n8n-workflow';

import { batchSizeOption, showFor, withDisplay } from '../../shared';
import { emailField, externalLearnerIdField, groupIdsField, nameFields } from './profileFields';

export const createManyFields: INodeProperties[] = withDisplay(showFor('learner', ['createMany']), [
	{
		displayName:
			'Runs once for all input items: each item is one learner, sent in bulk requests. Rejected learners come out as items with success false and the reason (or on the error output when enabled).',
		name: 'createManyNotice',
		type: 'notice',
		default: '',
	},
	emailField,
	...nameFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [externalLearnerIdField, groupIdsField()],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [batchSizeOption('learners')],
	},
]);
