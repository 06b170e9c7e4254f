import type { INodeProperties } from 'n8n-workflow';

import { showFor, simplifyField, withDisplay } from '../../shared';

/** Fields kept by Simplify: learner details are wide. */
export const SIMPLIFIED_LEARNER_FIELDS = [
	'id',
	'email',
	'name',
	'firstName',
	'lastName',
	'externalLearnerId',
	'inactive',
	'locale',
	'riskScoreLevel',
	'groups',
] as const;

export const getFields: INodeProperties[] = withDisplay(showFor('learner', ['get']), [
	simplifyField,
]);
