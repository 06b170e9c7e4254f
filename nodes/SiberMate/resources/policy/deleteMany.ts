import { idListField, sendIdList, showFor } from '../../shared';

export const deleteManySend = [sendIdList('policyIds', 'policyIds')];

export const deleteManyFields = [
	idListField('policy', {
		name: 'policyIds',
		displayName: 'Policies',
		required: true,
		description: 'The policies to delete, with their assignments',
		displayOptions: showFor('policy', ['deleteMany']),
	}),
];
