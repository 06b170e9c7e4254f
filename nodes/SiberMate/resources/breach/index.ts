import type { INodeProperties } from 'n8n-workflow';

import {
	applyLimit,
	companyScope,
	route,
	sendBooleanFilters,
	sendChoices,
	unwrapData,
} from '../../shared';
import { ACCOUNT_TYPES } from './accountType';
import { getAllAccountsFields } from './getAllAccounts';
import { getAllServicesFields } from './getAllServices';

const sendAccountType = sendChoices([
	{ parameter: 'filters.accountType', key: 'accountType', values: ACCOUNT_TYPES },
]);

export const breachDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['breach'] } },
		options: [
			{
				name: 'Get Many Accounts',
				value: 'getAllAccounts',
				action: 'Get many exposed accounts',
				description:
					'List email accounts of your organization found in known data breaches, each with the breaches it appeared in. Fails with 503 while breach data is unavailable.',
				routing: route('GET', '/breaches/accounts', [unwrapData, applyLimit], [sendAccountType]),
			},
			{
				name: 'Get Many Services',
				value: 'getAllServices',
				action: 'Get many breached services',
				description:
					'List breached online services with the kinds of data leaked and the affected accounts of your organization. Fails with 503 while breach data is unavailable.',
				routing: route(
					'GET',
					'/breaches/services',
					[unwrapData, applyLimit],
					[sendAccountType, sendBooleanFilters(['hasAffectedAccounts'])],
				),
			},
		],
		default: 'getAllAccounts',
	},
	companyScope('breach', ['getAllAccounts', 'getAllServices']),
	...getAllAccountsFields,
	...getAllServicesFields,
];
