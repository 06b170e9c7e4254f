import { localCopy, withSettings } from '../../scripts/examples';
import { testCopy } from '../../scripts/e2e/stand-ins';
import type { N8nWorkflow } from '../../scripts/n8n/instance';
import { nodeItems, parseExecuteOutput } from '../../scripts/n8n/output';

const run = {
	data: {
		resultData: {
			runData: { Start: [{ data: { main: [[{ json: { a: 1 } }, { json: { a: 2 } }], []] } }] },
		},
	},
};

describe('parseExecuteOutput', () => {
	it('reads the run printed after log lines, ignoring what follows it', () => {
		const json = JSON.stringify(run, null, 2);
		const output = `Migrations in progress\n{ not json\n${json}\nExecution error:\n}\n`;

		expect(parseExecuteOutput(output)).toEqual(run);
	});

	it('returns undefined when no run was printed', () => {
		expect(parseExecuteOutput('n8n Task Broker ready\nError: boom\n')).toBeUndefined();
	});
});

describe('nodeItems', () => {
	it('returns the JSON of one output of the last run of a node', () => {
		expect(nodeItems(run, 'Start')).toEqual([{ a: 1 }, { a: 2 }]);
		expect(nodeItems(run, 'Start', 1)).toEqual([]);
	});

	it('throws for a node that did not run', () => {
		expect(() => nodeItems(run, 'Missing')).toThrow('Node "Missing" did not run');
	});
});

const credentials = { slackApi: { id: 'x', name: 'Slack account' } };
const workflow: N8nWorkflow = {
	id: 'wf',
	name: 'Example',
	nodes: [
		{
			name: 'Settings',
			type: 'n8n-nodes-base.set',
			parameters: {
				assignments: {
					assignments: [
						{
							id: 'a',
							name: 'rosterPath',
							value: '/home/node/.n8n-files/roster.csv',
							type: 'string',
						},
						{ id: 'b', name: 'courseName', value: 'Course', type: 'string' },
					],
				},
			},
		},
		{ name: 'Node', type: 'n8n-nodes-sibermate.siberMate', typeVersion: 1, parameters: {} },
		{
			name: 'Read Sheet',
			type: 'n8n-nodes-base.googleSheets',
			position: [1, 2],
			parameters: { operation: 'read' },
			credentials,
		},
		{
			name: 'Log Rows',
			type: 'n8n-nodes-base.googleSheets',
			parameters: {
				operation: 'append',
				columns: { mappingMode: 'defineBelow', value: { email: '={{ $json.email }}' } },
			},
		},
		{
			name: 'Alert',
			type: 'n8n-nodes-base.slack',
			parameters: { channelId: { __rl: true, mode: 'name', value: '#alerts' }, text: '=Hi' },
			credentials,
		},
	],
	connections: {},
};

describe('localCopy', () => {
	it('renames package node types to CUSTOM. and points Settings paths at examples/', () => {
		const copy = localCopy(workflow);
		const settings = copy.nodes[0].parameters as {
			assignments: { assignments: Array<{ name: string; value: string }> };
		};

		expect(copy.nodes[1].type).toBe('CUSTOM.siberMate');
		expect(settings.assignments.assignments.map((entry) => entry.value)).toEqual([
			expect.stringMatching(/\/examples\/roster\.csv$/),
			'Course',
		]);
		expect(workflow.nodes[1].type).toBe('n8n-nodes-sibermate.siberMate');
	});
});

describe('withSettings', () => {
	it('refuses a setting the workflow does not have', () => {
		expect(() => withSettings(workflow, { nope: 1 })).toThrow('Settings has no "nope"');
	});
});

describe('testCopy', () => {
	it('swaps Google Sheets and Slack for HTTP Requests to the capture server, same names', () => {
		const nodes = testCopy(workflow, 'http://127.0.0.1:9999').nodes;

		expect(nodes.slice(0, 2)).toEqual(workflow.nodes.slice(0, 2));
		expect(nodes.slice(2)).toEqual([
			{
				name: 'Read Sheet',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [1, 2],
				parameters: { method: 'GET', url: 'http://127.0.0.1:9999/rows/Read%20Sheet', options: {} },
			},
			{
				name: 'Log Rows',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: 'http://127.0.0.1:9999/capture/Log%20Rows',
					sendBody: true,
					contentType: 'json',
					specifyBody: 'keypair',
					bodyParameters: { parameters: [{ name: 'email', value: '={{ $json.email }}' }] },
					options: {},
				},
			},
			{
				name: 'Alert',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: 'http://127.0.0.1:9999/capture/Alert',
					sendBody: true,
					contentType: 'json',
					specifyBody: 'keypair',
					bodyParameters: {
						parameters: [
							{ name: 'channel', value: '#alerts' },
							{ name: 'text', value: '=Hi' },
						],
					},
					options: {},
				},
			},
		]);
	});
});
