import type { INodeProperties } from 'n8n-workflow';

import { idListField, showFor, withDisplay } from '../../shared';

/** Enroll, Send Reminder and Unenroll all act on every learner × course pair of two ID lists. */
export const enrollmentFields: INodeProperties[] = withDisplay(
	showFor('course', ['enroll', 'sendReminder', 'unenroll']),
	[
		idListField('course', {
			name: 'courseIds',
			displayName: 'Course Names or IDs',
			required: true,
			description: 'Courses to act on',
		}),
		idListField('learner', {
			name: 'learnerIds',
			displayName: 'Learner Names or IDs',
			required: true,
			description: 'Learners to act on',
		}),
	],
);
