import type { INodeProperties } from 'n8n-workflow';

import { actionResult, route, sendIdList } from '../../shared';
import { learnersFields } from './learners';

const sendLearners = [sendIdList('learnerIds', 'learnerIds')];

export const gapAnalysisDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['gapAnalysis'] } },
		options: [
			{
				name: 'Enroll',
				value: 'enroll',
				action: 'Enroll learners in the gap analysis',
				description: "Assign your organization's gap analysis to the chosen learners",
				routing: route('POST', '/gap-analysis/enrollments', [actionResult], sendLearners),
			},
			{
				name: 'Send Reminder',
				value: 'sendReminder',
				action: 'Send a gap analysis reminder',
				description: 'Remind the chosen learners to finish their outstanding gap analysis',
				routing: route('POST', '/gap-analysis/reminders', [actionResult], sendLearners),
			},
			{
				name: 'Unenroll',
				value: 'unenroll',
				action: 'Unenroll learners from the gap analysis',
				description: 'Remove the gap analysis assignment from the chosen learners',
				routing: route('POST', '/gap-analysis/unenrollments', [actionResult], sendLearners),
			},
		],
		default: 'enroll',
	},
	...learnersFields,
];
