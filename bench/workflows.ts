import { CREDENTIAL_TYPE } from '../scripts/n8n/credential';
import type { N8nWorkflow } from '../scripts/n8n/instance';
import { NODE_TYPE, SANDBOX_CREDENTIALS } from '../scripts/n8n/workflows';

/** Name of the node whose `executionTime` a benchmark reads from the run data. */
export const MEASURED_NODE = 'Measured';

const ITEMS_NODE = 'Items';

/**
 * Manual Trigger -> Code node emitting one item per row -> the measured node. The rows are
 * written into the Code node, so every run sends exactly the same items.
 */
function itemsThen(
	id: string,
	name: string,
	rows: Array<Record<string, string>>,
	measured: Record<string, unknown>,
): N8nWorkflow {
	const node = (n: number) => `b3c4e5f6-0000-4000-8000-${String(n).padStart(12, '0')}`;
	return {
		id,
		name,
		nodes: [
			{
				id: node(1),
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: node(2),
				name: ITEMS_NODE,
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
				parameters: {
					jsCode: `return ${JSON.stringify(rows)}.map((json) => ({ json }));`,
				},
			},
			{ id: node(3), name: MEASURED_NODE, position: [440, 0], ...measured },
		],
		connections: {
			Start: { main: [[{ node: ITEMS_NODE, type: 'main', index: 0 }]] },
			[ITEMS_NODE]: { main: [[{ node: MEASURED_NODE, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

function siberMate(parameters: Record<string, unknown>): Record<string, unknown> {
	return { type: NODE_TYPE, typeVersion: 1, parameters, credentials: SANDBOX_CREDENTIALS };
}

/** SiberMate Learner -> Get of each item's `id`. */
export function siberMateGetWorkflow(learnerIds: string[]): N8nWorkflow {
	return itemsThen(
		'benchSiberMateGet',
		'Bench: SiberMate Learner Get',
		learnerIds.map((id) => ({ id })),
		siberMate({
			resource: 'learner',
			operation: 'get',
			learnerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		}),
	);
}

/**
 * n8n's HTTP Request node calling the same URLs with the same credential (the package's
 * credential type, which adds the same `Authorization: Bearer` header).
 */
export function httpRequestGetWorkflow(baseUrl: string, learnerIds: string[]): N8nWorkflow {
	return itemsThen(
		'benchHttpRequestGet',
		'Bench: HTTP Request GET /learners/{id}',
		learnerIds.map((id) => ({ id })),
		{
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'GET',
				url: `=${baseUrl}/learners/{{ $json.id }}`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: CREDENTIAL_TYPE,
				options: {},
			},
			credentials: SANDBOX_CREDENTIALS,
		},
	);
}

export interface LearnerRow {
	email: string;
	firstName: string;
	lastName: string;
	[key: string]: string;
}

const fromItem = {
	email: '={{ $json.email }}',
	firstName: '={{ $json.firstName }}',
	lastName: '={{ $json.lastName }}',
};

/** SiberMate Learner -> Create Many of the rows, in bulk requests of `batchSize`. */
export function createManyWorkflow(rows: LearnerRow[], batchSize: number): N8nWorkflow {
	return itemsThen(
		'benchCreateMany',
		'Bench: SiberMate Learner Create Many',
		rows,
		siberMate({
			resource: 'learner',
			operation: 'createMany',
			...fromItem,
			additionalFields: {},
			options: { batchSize },
		}),
	);
}

/** SiberMate Learner -> Create, once per row. */
export function createEachWorkflow(rows: LearnerRow[]): N8nWorkflow {
	return itemsThen(
		'benchCreateEach',
		'Bench: SiberMate Learner Create per item',
		rows,
		siberMate({ resource: 'learner', operation: 'create', ...fromItem, additionalFields: {} }),
	);
}
