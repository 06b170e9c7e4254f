import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, showFor } from '../../shared';

export const getFields: INodeProperties[] = [
	recordLocator('course', {
		name: 'courseId',
		description: 'The course to retrieve: a SiberMate catalog course or one of your own',
		displayOptions: showFor('course', ['get']),
	}),
];
