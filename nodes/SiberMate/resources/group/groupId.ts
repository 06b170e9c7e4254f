import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, showFor } from '../../shared';

export const groupIdField: INodeProperties = recordLocator('group', {
	name: 'groupId',
	displayOptions: showFor('group', [
		'addLearners',
		'delete',
		'get',
		'removeLearners',
		'replaceManagers',
	]),
});
