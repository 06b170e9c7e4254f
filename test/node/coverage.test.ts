import { readFileSync } from 'fs';
import { join } from 'path';

import type {
	INode,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyRouting,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { startSandbox, type LogEntry, type RunningSandbox } from '../../sandbox';
import { SiberMate } from '../../nodes/SiberMate/SiberMate.node';
import { runNode } from '../harness';

/**
 * Runs every operation of the node against the sandbox and reads from the request log which
 * endpoint each one reached. Every endpoint of the API reference must be the primary endpoint
 * (the operation's own routing request) of exactly one operation, and the Company scope must
 * be offered exactly where the endpoint accepts `companyId`.
 */

interface Endpoint {
	method: string;
	path: string;
	parameters: Array<{ name: string; in: string }>;
}

const endpoints = JSON.parse(
	readFileSync(join(__dirname, '../../sandbox/api/endpoints.json'), 'utf8'),
) as Endpoint[];

const description = new SiberMate().description;
const node = { typeVersion: 1 } as Pick<INode, 'typeVersion'>;

interface Operation {
	key: string;
	resource: string;
	operation: string;
	routing?: INodePropertyRouting;
}

/** Every resource × operation the node offers, read from its description. */
const operations: Operation[] = (description.properties[0].options as INodePropertyOptions[])
	.map((option) => String(option.value))
	.flatMap((resource) =>
		description.properties
			.filter(
				(property) =>
					property.name === 'operation' &&
					property.displayOptions?.show?.resource?.includes(resource),
			)
			.flatMap((property) => property.options as INodePropertyOptions[])
			.map((option) => ({
				key: `${resource}.${String(option.value)}`,
				resource,
				operation: String(option.value),
				routing: option.routing,
			})),
	);

function shownProperties(operation: Operation): INodeProperties[] {
	const values = { resource: operation.resource, operation: operation.operation };
	return description.properties.filter(
		(property) =>
			!['resource', 'operation'].includes(property.name) &&
			NodeHelpers.displayParameter(values, property, node, description),
	);
}

const hasCompanyScope = (operation: Operation) =>
	shownProperties(operation).some((property) => property.name === 'companyId');

const TENANT = 'company_acme';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Parameter values by name, given to every operation that shows the parameter (seeded tenant). */
const COMMON: Record<string, unknown> = {
	companyId: byId(TENANT),
	courseId: byId('course_00001'),
	courseIds: ['course_00001'],
	email: 'coverage.run@acme.example',
	firstName: 'Coverage',
	fromGroupId: byId('group_00001'),
	groupId: byId('group_00001'),
	groupIds: ['group_00001'],
	lastName: 'Run',
	learnerId: byId('learner_00005'),
	learnerIds: ['learner_00005'],
	managerIds: ['learner_00001'],
	name: 'Coverage run',
	policyId: byId('policy_00002'),
	policyIds: ['policy_00001'],
	policyTemplateId: byId('policy_template_00001'),
	returnAll: true,
	simulationId: byId('simulation_00001'),
	toGroupId: byId('group_00002'),
};

const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const pdfItem: INodeExecutionData = {
	json: {},
	binary: {
		data: {
			data: PDF.toString('base64'),
			mimeType: 'application/pdf',
			fileName: 'policy.pdf',
			fileExtension: 'pdf',
		},
	},
};

interface Special {
	parameters?: Record<string, unknown>;
	/** Operations only an MSP or Distributor key may run. */
	msp?: boolean;
	items?: INodeExecutionData[];
}

/** What an operation needs beyond COMMON. */
const SPECIAL: Record<string, Special> = {
	'company.getAll': { msp: true },
	// Reminders need a learner with outstanding work: a reminder that reaches nobody is an error.
	'course.sendReminder': { parameters: { learnerIds: ['learner_00020'] } },
	'group.moveLearners': {
		parameters: { learnersToMove: 'selected', learnerIds: ['learner_00010'] },
	},
	'policy.create': { items: [pdfItem], parameters: { pdfSource: 'binary' } },
	'policy.sendReminder': { parameters: { learnerIds: ['learner_00002'] } },
	'policy.uploadPdf': { items: [pdfItem] },
};

let sandbox: RunningSandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());

/** The request that is the operation's own: its routing request, or a custom operation's write. */
function primaryRequests(operation: Operation, log: LogEntry[]): LogEntry[] {
	const request = operation.routing?.request;
	let candidates = log;
	if (request?.method) candidates = candidates.filter((entry) => entry.method === request.method);
	if (request?.url && !request.url.startsWith('=')) {
		candidates = candidates.filter((entry) => entry.route === request.url);
	}
	if (!request) {
		const writes = candidates.filter((entry) => entry.method !== 'GET');
		if (writes.length) candidates = writes;
	}
	const distinct = new Map(candidates.map((entry) => [`${entry.method} ${entry.route}`, entry]));
	return [...distinct.values()];
}

/** Primary endpoint of each operation, filled as the operations run. */
const primaries = new Map<string, { endpoint: string; companyId: unknown }>();

describe('every operation reaches its endpoint', () => {
	it.each(operations.map((operation) => [operation.key, operation] as const))(
		'%s',
		async (_key, operation) => {
			sandbox.control.reset();
			const special = SPECIAL[operation.key] ?? {};
			const common = Object.fromEntries(
				shownProperties(operation)
					.filter((property) => property.name in COMMON)
					.map((property) => [property.name, COMMON[property.name]]),
			);

			const { error } = await runNode({
				parameters: {
					resource: operation.resource,
					operation: operation.operation,
					...common,
					...special.parameters,
				} as never,
				credentials: {
					apiKey: special.msp ? sandbox.keys.msp : sandbox.keys.tenant,
					baseUrl: sandbox.baseUrl,
				},
				items: special.items,
			});
			const log = [...sandbox.control.requestLog];

			expect({ error: error?.message, description: error?.description }).toEqual({
				error: undefined,
				description: undefined,
			});
			const primary = primaryRequests(operation, log);
			expect(primary.map((entry) => `${entry.method} ${entry.route}`)).toHaveLength(1);
			expect(primary[0].status).toBeLessThan(400);
			primaries.set(operation.key, {
				endpoint: `${primary[0].method} ${primary[0].route}`,
				companyId: primary[0].query.companyId,
			});
		},
	);
});

describe('endpoint coverage', () => {
	it('makes every endpoint of the API reference the primary endpoint of exactly one operation', () => {
		const byEndpoint = new Map<string, string[]>(
			endpoints.map((endpoint) => [`${endpoint.method} ${endpoint.path}`, []]),
		);
		const unknown: string[] = [];
		for (const [key, { endpoint }] of primaries) {
			if (byEndpoint.has(endpoint)) byEndpoint.get(endpoint)!.push(key);
			else unknown.push(`${key} → ${endpoint}`);
		}

		expect(operations.filter((operation) => !primaries.has(operation.key))).toEqual([]);
		expect(unknown).toEqual([]);
		expect([...byEndpoint].filter(([, keys]) => keys.length !== 1)).toEqual([]);
		expect(byEndpoint.size).toBe(62);
	});

	it('offers the Company scope on exactly the 24 operations whose endpoint accepts companyId', () => {
		const scoped = endpoints
			.filter((endpoint) => endpoint.parameters.some((parameter) => parameter.name === 'companyId'))
			.map((endpoint) => `${endpoint.method} ${endpoint.path}`)
			.sort();
		const withScope = operations.filter(hasCompanyScope);

		expect(scoped).toHaveLength(24);
		expect(withScope.map((operation) => primaries.get(operation.key)?.endpoint).sort()).toEqual(
			scoped,
		);
	});

	it('sends the Company scope to the primary endpoint, and only where it is offered', () => {
		const sent = operations.map((operation) => [
			operation.key,
			primaries.get(operation.key)?.companyId,
		]);

		expect(sent).toEqual(
			operations.map((operation) => [
				operation.key,
				hasCompanyScope(operation) ? TENANT : undefined,
			]),
		);
	});
});
