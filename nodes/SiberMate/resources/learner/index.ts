import type { INodeProperties } from 'n8n-workflow';

import {
	applyLimit,
	companyScope,
	createdRecord,
	deletedResult,
	route,
	sendFields,
	sendIdList,
	simplifyOutput,
	unwrapData,
} from '../../shared';
import { activationFields } from './activation';
import { createFields } from './create';
import { createManyFields } from './createMany';
import { deleteManyFields } from './deleteMany';
import { getFields, SIMPLIFIED_LEARNER_FIELDS } from './get';
import { getAllFields } from './getAll';
import { getPolicyResultsFields } from './getPolicyResults';
import { learnerIdField } from './learnerId';
import { profileFieldSpecs } from './profileFields';
import { replaceGroupsFields } from './replaceGroups';
import { updateFields } from './update';

const profile = (collection: string) =>
	sendFields([
		{ parameter: 'firstName', key: 'firstName', type: 'string', required: true },
		{ parameter: 'lastName', key: 'lastName', type: 'string', required: true },
		...profileFieldSpecs(collection),
	]);

export const learnerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['learner'] } },
		options: [
			{
				name: 'Activate',
				value: 'activate',
				action: 'Activate learners',
				description: 'Reactivate learners so they receive training, policies and simulations again',
				routing: route('POST', '/learners/activate', undefined, [
					sendIdList('learnerIds', 'learnerIds'),
				]),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a learner',
				description:
					'Create one learner from a work email and name; outputs the new learner with its ID',
				routing: route(
					'POST',
					'/learners',
					[
						createdRecord({
							path: '/learners',
							field: 'email',
							parameter: 'email',
							caseInsensitive: true,
						}),
					],
					[
						sendFields([{ parameter: 'email', key: 'email', type: 'email', required: true }]),
						profile('additionalFields'),
						sendIdList('additionalFields.groupIds', 'groupIds', { optional: true }),
					],
				),
			},
			{
				name: 'Create Many',
				value: 'createMany',
				action: 'Create many learners',
				description:
					'Create one learner per input item in bulk requests; outputs each created learner or the reason it was rejected',
			},
			{
				name: 'Deactivate',
				value: 'deactivate',
				action: 'Deactivate learners',
				description: 'Deactivate learners, keeping their history (for leave or offboarding holds)',
				routing: route('POST', '/learners/deactivate', undefined, [
					sendIdList('learnerIds', 'learnerIds'),
				]),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a learner',
				description: 'Permanently delete a learner and their results. Cannot be undone.',
				routing: route('DELETE', '/learners/{learnerId}', [deletedResult]),
			},
			{
				name: 'Delete Many',
				value: 'deleteMany',
				action: 'Delete many learners',
				description:
					'Permanently delete the learners of all input items in bulk requests. Cannot be undone.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a learner',
				description: 'Retrieve one learner with profile, status, groups and risk level',
				routing: route('GET', '/learners/{learnerId}', [
					unwrapData,
					simplifyOutput(SIMPLIFIED_LEARNER_FIELDS),
				]),
			},
			{
				name: 'Get Breaches',
				value: 'getBreaches',
				action: 'Get the breaches of a learner',
				description: 'Retrieve the data breaches that exposed a learner (one item per breach)',
				routing: route('GET', '/learners/{learnerId}/breaches'),
			},
			{
				name: 'Get Course Results',
				value: 'getCourseResults',
				action: 'Get the course results of a learner',
				description: 'Retrieve enrolment, completion, score and grade per course for a learner',
				routing: route('GET', '/learners/{learnerId}/course-results'),
			},
			{
				name: 'Get Gap Analysis Results',
				value: 'getGapAnalysisResults',
				action: 'Get the gap analysis results of a learner',
				description: 'Retrieve the gap analysis progress and outcomes of a learner',
				routing: route('GET', '/learners/{learnerId}/gap-analysis-results'),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many learners',
				description: 'List learners with status and external ID (one item per learner)',
				routing: route('GET', '/learners', [unwrapData, applyLimit]),
			},
			{
				name: 'Get Policy Results',
				value: 'getPolicyResults',
				action: 'Get the policy results of a learner',
				description:
					'Retrieve policy visits and signatures of a learner, optionally for one policy',
				routing: route('GET', '/learners/{learnerId}/policy-results', undefined, [
					sendFields([
						{ parameter: 'filters.policyId', key: 'policyId', in: 'qs', type: 'string' },
					]),
				]),
			},
			{
				name: 'Get Simulation Queue',
				value: 'getSimulationQueue',
				action: 'Get the simulation queue of a learner',
				description: 'Retrieve the phishing simulations scheduled for a learner',
				routing: route('GET', '/learners/{learnerId}/simulation-queue'),
			},
			{
				name: 'Get Simulation Results',
				value: 'getSimulationResults',
				action: 'Get the simulation results of a learner',
				description: 'Retrieve opens, clicks, compromises and reports of a learner per simulation',
				routing: route('GET', '/learners/{learnerId}/simulation-results'),
			},
			{
				name: 'Replace Groups',
				value: 'replaceGroups',
				action: 'Replace the groups of a learner',
				description:
					'Set the complete list of groups of a learner; groups not listed are left, and an empty list removes the learner from all groups',
				routing: route('PUT', '/learners/{learnerId}/groups', undefined, [
					sendIdList('groupIds', 'groupIds', { allowEmpty: true }),
				]),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a learner',
				description: 'Change the name, email, external ID, locale or groups of a learner',
				routing: route('PATCH', '/learners/{learnerId}', undefined, [
					profile('updateFields'),
					sendFields([{ parameter: 'updateFields.email', key: 'email', type: 'email' }]),
					sendIdList('updateFields.groupIds', 'groupIds', { optional: true }),
				]),
			},
		],
		default: 'get',
	},
	learnerIdField,
	companyScope('learner', [
		'get',
		'getAll',
		'getBreaches',
		'getCourseResults',
		'getGapAnalysisResults',
		'getPolicyResults',
		'getSimulationQueue',
		'getSimulationResults',
	]),
	...activationFields,
	...createFields,
	...createManyFields,
	...deleteManyFields,
	...getFields,
	...getAllFields,
	...getPolicyResultsFields,
	...replaceGroupsFields,
	...updateFields,
];
