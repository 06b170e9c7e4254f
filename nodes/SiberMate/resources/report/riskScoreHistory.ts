import type { INodeProperties } from 'n8n-workflow';

import { showFor, withDisplay } from '../../shared';
import { splitField } from './fields';

export const riskScoreHistoryFields: INodeProperties[] = withDisplay(
	showFor('report', ['getRiskScoreHistory']),
	[
		{
			displayName: 'From Date',
			name: 'fromDate',
			type: 'dateTime',
			default: '',
			description: "First day of the window. Leave empty for the API's default window.",
		},
		{
			displayName: 'To Date',
			name: 'toDate',
			type: 'dateTime',
			default: '',
			description: "Last day of the window. Leave empty for the API's default (today).",
		},
		splitField('day'),
	],
);
