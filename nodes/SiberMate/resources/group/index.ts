import type { INodeProperties } from 'n8n-workflow';

import {
	applyLimit,
	companyScope,
	createdRecord,
	deletedResult,
	route,
	sendFields,
	sendIdList,
	unwrapData,
} from '../../shared';
import { createFields } from './create';
import { getAllFields } from './getAll';
import { groupIdField } from './groupId';
import { membershipFields } from './membership';
import { moveLearnersFields, sendLearnersToMove } from './moveLearners';
import { replaceManagersFields } from './replaceManagers';

export const groupDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['group'] } },
		options: [
			{
				name: 'Add Learners',
				value: 'addLearners',
				action: 'Add learners to a group',
				description: 'Add learners to a group, keeping their other groups',
				routing: route('POST', '/groups/{groupId}/learners/add', undefined, [
					sendIdList('learnerIds', 'learnerIds'),
				]),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a group',
				description:
					'Create a learner group, optionally with managers; outputs the new group with its ID',
				routing: route(
					'POST',
					'/groups',
					[createdRecord({ path: '/groups', field: 'name', parameter: 'name' })],
					[
						sendFields([{ parameter: 'name', key: 'name', type: 'string', required: true }]),
						sendIdList('additionalFields.managerIds', 'managerIds', { optional: true }),
					],
				),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a group',
				description:
					'Permanently delete a learner group (its learners stay). Check no automation still uses it.',
				routing: route('DELETE', '/groups/{groupId}', [deletedResult]),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a group',
				description: 'Retrieve one learner group with its managers and learner count',
				routing: route('GET', '/groups/{groupId}'),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many groups',
				description: 'List learner groups (one item per group)',
				routing: route('GET', '/groups', [unwrapData, applyLimit]),
			},
			{
				name: 'Move Learners',
				value: 'moveLearners',
				action: 'Move learners between groups',
				description: 'Move the selected learners, or all learners, from one group to another',
				routing: route('POST', '/group-membership/move', undefined, [
					sendFields([
						{ parameter: 'fromGroupId', key: 'fromGroupId', type: 'string', required: true },
						{ parameter: 'toGroupId', key: 'toGroupId', type: 'string', required: true },
					]),
					sendLearnersToMove,
					sendFields([
						{
							parameter: 'options.preserveManagerRole',
							key: 'preserveManagerRole',
							type: 'boolean',
						},
					]),
				]),
			},
			{
				name: 'Remove Learners',
				value: 'removeLearners',
				action: 'Remove learners from a group',
				description: 'Remove learners from a group, keeping their other groups',
				routing: route('POST', '/groups/{groupId}/learners/remove', undefined, [
					sendIdList('learnerIds', 'learnerIds'),
				]),
			},
			{
				name: 'Replace Managers',
				value: 'replaceManagers',
				action: 'Replace the managers of a group',
				description:
					'Set the complete manager list of a group; managers not listed lose the role, an empty list removes all',
				routing: route('PUT', '/groups/{groupId}/managers', undefined, [
					sendIdList('managerIds', 'managerIds', { allowEmpty: true }),
				]),
			},
		],
		default: 'get',
	},
	groupIdField,
	companyScope('group', ['get', 'getAll']),
	...createFields,
	...getAllFields,
	...membershipFields,
	...moveLearnersFields,
	...replaceManagersFields,
];
