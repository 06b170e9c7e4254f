import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { BASE_URL_EXPRESSION } from '../../credentials/SiberMateApi.credentials';

import { listSearch, loadOptions } from './methods';
import { breachDescription } from './resources/breach';
import { companyDescription } from './resources/company';
import { courseDescription } from './resources/course';
import { gapAnalysisDescription } from './resources/gapAnalysis';
import { groupDescription } from './resources/group';
import { learnerDescription } from './resources/learner';
import { createMany, deleteMany } from './resources/learner/execute';
import { policyDescription } from './resources/policy';
import { policyTemplateDescription } from './resources/policyTemplate';
import { reportDescription } from './resources/report';
import { simulationDescription } from './resources/simulation';
import { systemDescription } from './resources/system';
import { checkResponse, CREDENTIAL_TYPE, sendDeclarative } from './transport';

export class SiberMate implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SiberMate',
		name: 'siberMate',
		icon: { light: 'file:../../icons/sibermate.svg', dark: 'file:../../icons/sibermate.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage SiberMate learners, training, policies, phishing simulations and reports',
		defaults: { name: 'SiberMate' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: {
			baseURL: BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		requestOperations: { pagination: sendDeclarative },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Breach', value: 'breach' },
					{ name: 'Company', value: 'company' },
					{ name: 'Course', value: 'course' },
					{ name: 'Gap Analysis', value: 'gapAnalysis' },
					{ name: 'Group', value: 'group' },
					{ name: 'Learner', value: 'learner' },
					{ name: 'Policy', value: 'policy' },
					{ name: 'Policy Template', value: 'policyTemplate' },
					{ name: 'Report', value: 'report' },
					{ name: 'Simulation', value: 'simulation' },
					{ name: 'System', value: 'system' },
				],
				default: 'learner',
				// Every operation passes through sendDeclarative (see transport) and checkResponse.
				routing: { send: { paginate: true }, output: { postReceive: [checkResponse] } },
			},
			...breachDescription,
			...companyDescription,
			...courseDescription,
			...gapAnalysisDescription,
			...groupDescription,
			...learnerDescription,
			...policyDescription,
			...policyTemplateDescription,
			...reportDescription,
			...simulationDescription,
			...systemDescription,
		],
	};

	methods = { listSearch, loadOptions };

	// Bulk operations gather all input items into few requests, so they run as code.
	customOperations = { learner: { createMany, deleteMany } };
}
