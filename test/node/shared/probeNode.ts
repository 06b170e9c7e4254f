import type {
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { SiberMate } from '../../../nodes/SiberMate/SiberMate.node';
import {
	companyScope,
	getManyFields,
	idListField,
	readLimit,
	recordLocator,
	route,
	sendFields,
	sendIdList,
	showFor,
	unwrapData,
	withDisplay,
} from '../../../nodes/SiberMate/shared';

const real = new SiberMate();

/** Cuts to `readLimit`, as Get Many's output step does. */
async function cutToLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	return items.slice(0, readLimit.call(this) ?? items.length);
}

/** Probe operations built only from the shared factories, on the real node's transport. */
const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [{ name: 'Probe', value: 'probe' }],
		default: 'probe',
		routing: real.description.properties[0].routing,
	},
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Read', value: 'read', routing: route('GET', '/learners/{learnerId}') },
			{
				name: 'Write',
				value: 'write',
				routing: route('PATCH', '/learners/{learnerId}', undefined, [
					sendIdList('groupIds', 'groupIds', { allowEmpty: true }),
					sendFields([
						{ parameter: 'fields.locale', key: 'locale', type: 'string' },
						{ parameter: 'fields.excluded', key: 'excludedFromAutoEnrol', type: 'boolean' },
						{ parameter: 'fields.count', key: 'count', type: 'integer', in: 'qs' },
						{ parameter: 'fields.since', key: 'since', type: 'date', in: 'qs' },
						{ parameter: 'fields.email', key: 'email', type: 'email' },
					]),
				]),
			},
			{
				name: 'Activate',
				value: 'activate',
				routing: route('POST', '/learners/activate', undefined, [
					sendIdList('learnerIds', 'learnerIds'),
				]),
			},
			{ name: 'List', value: 'list', routing: route('GET', '/groups', [unwrapData, cutToLimit]) },
		],
		default: 'read',
	},
	recordLocator('learner', {
		name: 'learnerId',
		displayOptions: showFor('probe', ['read', 'write']),
	}),
	companyScope('probe', ['read']),
	...withDisplay(showFor('probe', ['write']), [
		idListField('group', { name: 'groupIds', displayName: 'Groups' }),
		{
			displayName: 'Fields',
			name: 'fields',
			type: 'collection',
			default: {},
			placeholder: 'Add Field',
			options: [
				{ displayName: 'Count', name: 'count', type: 'number', default: 0 },
				{ displayName: 'Email', name: 'email', type: 'string', default: '' },
				{ displayName: 'Excluded', name: 'excluded', type: 'boolean', default: false },
				{ displayName: 'Locale', name: 'locale', type: 'string', default: '' },
				{ displayName: 'Since', name: 'since', type: 'dateTime', default: '' },
			],
		},
	]),
	idListField('learner', {
		name: 'learnerIds',
		displayName: 'Learners',
		displayOptions: showFor('probe', ['activate']),
	}),
	...getManyFields(showFor('probe', ['list'])),
];

export class SharedProbe implements INodeType {
	description: INodeTypeDescription = { ...real.description, name: 'sharedProbe', properties };

	methods = real.methods;
}
