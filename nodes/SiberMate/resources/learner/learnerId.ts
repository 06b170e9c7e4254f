import type { INodeProperties } from 'n8n-workflow';

import { recordLocator, showFor } from '../../shared';

/** Operations on one learner, all reading the `learnerId` picker. */
export const SINGLE_LEARNER_OPERATIONS = [
	'delete',
	'get',
	'getBreaches',
	'getCourseResults',
	'getGapAnalysisResults',
	'getPolicyResults',
	'getSimulationQueue',
	'getSimulationResults',
	'replaceGroups',
	'update',
];

export const learnerIdField: INodeProperties = recordLocator('learner', {
	name: 'learnerId',
	description: 'The learner: pick from the list, or give their ID, email or external ID',
	displayOptions: showFor('learner', SINGLE_LEARNER_OPERATIONS),
});
