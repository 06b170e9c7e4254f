import type { INodeProperties } from 'n8n-workflow';

import {
	actionResult,
	applyLimit,
	route,
	sendBooleanFilters,
	sendChoices,
	sendIdList,
	unwrapData,
	type ChoiceSpec,
} from '../../shared';
import { enrollmentFields } from './enrollment';
import { getFields } from './get';
import { COURSE_SOURCES, COURSE_TYPES, getAllFields } from './getAll';

const sendPairs = [sendIdList('courseIds', 'courseIds'), sendIdList('learnerIds', 'learnerIds')];

const courseFilters: ChoiceSpec[] = [
	{ parameter: 'filters.type', key: 'type', values: COURSE_TYPES },
	{ parameter: 'filters.source', key: 'source', values: COURSE_SOURCES },
];

export const courseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['course'] } },
		options: [
			{
				name: 'Enroll',
				value: 'enroll',
				action: 'Enroll learners in courses',
				description:
					'Assign every chosen course to every chosen learner. Returns one item listing the completed pairs, the failures and the unknown IDs.',
				routing: route('POST', '/course-enrollments', [actionResult], sendPairs),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a course',
				description: 'Retrieve one course by ID',
				routing: route('GET', '/courses/{courseId}'),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many courses',
				description:
					'List catalog courses and your own courses, optionally only training or gap analysis courses',
				routing: route(
					'GET',
					'/courses',
					[unwrapData, applyLimit],
					[sendChoices(courseFilters), sendBooleanFilters(['excludeGapAnalysis'])],
				),
			},
			{
				name: 'Send Reminder',
				value: 'sendReminder',
				action: 'Send a course reminder',
				description:
					'Remind the chosen learners to finish the chosen courses they are enrolled in. Returns one item listing the reminded pairs, the failures and the unknown IDs.',
				routing: route('POST', '/course-reminders', [actionResult], sendPairs),
			},
			{
				name: 'Unenroll',
				value: 'unenroll',
				action: 'Unenroll learners from courses',
				description:
					'Remove the chosen course assignments from the chosen learners, who then no longer have to complete those courses',
				routing: route('POST', '/course-unenrollments', [actionResult], sendPairs),
			},
		],
		default: 'getAll',
	},
	...enrollmentFields,
	...getFields,
	...getAllFields,
];
