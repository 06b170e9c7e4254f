import type { INodeProperties } from 'n8n-workflow';

import { companyScope, route, sendFields, unwrapData } from '../../shared';
import { courseParticipationFields } from './courseParticipation';
import { learningFields } from './learning';
import { simplifyResults, splitRows } from './output';
import { resultsFields } from './results';
import { riskScoreHistoryFields } from './riskScoreHistory';
import { checkDateRange, sendRecordFilter } from './send';

const sendDates = sendFields([
	{ parameter: 'fromDate', key: 'fromDate', in: 'qs', type: 'date' },
	{ parameter: 'toDate', key: 'toDate', in: 'qs', type: 'date' },
]);

export const reportDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{
				name: 'Get Course Participation',
				value: 'getCourseParticipation',
				action: 'Get the course participation report',
				description:
					'Retrieve the group tree, the training courses and every learner with their groups and course results',
				routing: route('GET', '/reports/course-participation', [unwrapData, splitRows('learners')]),
			},
			{
				name: 'Get Course Results',
				value: 'getCourseResults',
				action: 'Get the course results report',
				description:
					'Retrieve one item per learner enrolment in a training course: dates, score and grade',
				routing: route('GET', '/reports/course-results', [unwrapData, simplifyResults]),
			},
			{
				name: 'Get Gap Analysis Results',
				value: 'getGapAnalysisResults',
				action: 'Get the gap analysis results report',
				description:
					'Retrieve one item per learner enrolment in the gap analysis: dates, score and grade',
				routing: route('GET', '/reports/gap-analysis-results', [unwrapData, simplifyResults]),
			},
			{
				name: 'Get Learning Report',
				value: 'getLearning',
				action: 'Get the learning report',
				description:
					'Retrieve the organization-level learning summary and rows, optionally for one learner or one course',
				routing: route(
					'GET',
					'/reports/learning',
					[unwrapData, splitRows('rows')],
					[sendRecordFilter('learnerId'), sendRecordFilter('courseId')],
				),
			},
			{
				name: 'Get Risk Score History',
				value: 'getRiskScoreHistory',
				action: 'Get the risk score history',
				description: "Retrieve the organization's risk score per day over a date window",
				routing: route(
					'GET',
					'/reports/risk-score-history',
					[unwrapData, splitRows('rows')],
					[sendDates, checkDateRange],
				),
			},
		],
		default: 'getLearning',
	},
	companyScope('report', [
		'getCourseParticipation',
		'getCourseResults',
		'getGapAnalysisResults',
		'getLearning',
		'getRiskScoreHistory',
	]),
	...courseParticipationFields,
	...resultsFields,
	...learningFields,
	...riskScoreHistoryFields,
];
