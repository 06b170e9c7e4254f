import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, showFor, withDisplay } from '../../shared';
import { splitField } from './fields';

export const learningFields: INodeProperties[] = withDisplay(showFor('report', ['getLearning']), [
	recordLocator('learner', {
		name: 'learnerId',
		required: false,
		description: 'Only this learner. Leave empty for all learners.',
	}),
	recordLocator('course', {
		name: 'courseId',
		required: false,
		description: 'Only this course. Leave empty for all courses.',
	}),
	splitField('row'),
]);
