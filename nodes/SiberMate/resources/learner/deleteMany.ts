import type { INodeProperties } from 'n8n-workflow';

import { batchSizeOption, idListField, showFor, withDisplay } from '../../shared';

export const deleteManyFields: INodeProperties[] = withDisplay(showFor('learner', ['deleteMany']), [
	{
		displayName:
			'Runs once for all input items: the learners of every item are deleted permanently, in bulk requests. An ID that names no learner stops the node before anything is deleted; with Continue On Fail (or the error output) only its item fails and the other learners are deleted.',
		name: 'deleteManyNotice',
		type: 'notice',
		default: '',
	},
	idListField('learner', {
		name: 'learnerIds',
		displayName: 'Learner Names or IDs',
		required: true,
		description: 'Learners to delete permanently',
	}),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [batchSizeOption('learner IDs')],
	},
]);
