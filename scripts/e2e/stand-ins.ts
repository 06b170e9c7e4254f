import type { N8nWorkflow } from '../n8n/instance';

type Node = N8nWorkflow['nodes'][number];

const HTTP_REQUEST = { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2 };

/** Node types that reach outside services, swapped in test copies for HTTP calls on 127.0.0.1. */
export const STAND_IN_TYPES = ['n8n-nodes-base.googleSheets', 'n8n-nodes-base.slack'];

/**
 * The test copy of a shipped example: every Google Sheets and Slack node becomes an HTTP
 * Request to the capture server under the same name and position, so connections and
 * expressions like $('Node') still hold. Everything else is left exactly as shipped.
 */
export function testCopy(workflow: N8nWorkflow, captureUrl: string): N8nWorkflow {
	return { ...workflow, nodes: workflow.nodes.map((node) => standIn(node, captureUrl)) };
}

function standIn(node: Node, captureUrl: string): Node {
	const parameters = (node.parameters ?? {}) as Record<string, unknown>;
	const name = encodeURIComponent(String(node.name));
	if (node.type === 'n8n-nodes-base.googleSheets') {
		const operation = parameters.operation ?? 'read';
		if (operation === 'read')
			return http(node, { method: 'GET', url: `${captureUrl}/rows/${name}` });
		return http(node, { ...postTo(`${captureUrl}/capture/${name}`), ...sheetBody(parameters) });
	}
	if (node.type === 'n8n-nodes-base.slack') {
		const channel = (parameters.channelId as { value?: string } | undefined)?.value ?? '';
		return http(node, {
			...postTo(`${captureUrl}/capture/${name}`),
			specifyBody: 'keypair',
			bodyParameters: {
				parameters: [
					{ name: 'channel', value: channel },
					{ name: 'text', value: parameters.text ?? '' },
				],
			},
		});
	}
	return node;
}

function http(node: Node, parameters: Record<string, unknown>): Node {
	const { credentials: _dropped, ...rest } = node;
	return { ...rest, ...HTTP_REQUEST, parameters: { ...parameters, options: {} } };
}

function postTo(url: string): Record<string, unknown> {
	return { method: 'POST', url, sendBody: true, contentType: 'json' };
}

/** What Google Sheets would write: the mapped columns, or the whole item when auto-mapping. */
function sheetBody(parameters: Record<string, unknown>): Record<string, unknown> {
	const columns = parameters.columns as
		{ mappingMode?: string; value?: Record<string, unknown> } | undefined;
	if (columns?.mappingMode === 'defineBelow') {
		const entries = Object.entries(columns.value ?? {});
		return {
			specifyBody: 'keypair',
			bodyParameters: { parameters: entries.map(([name, value]) => ({ name, value })) },
		};
	}
	return { specifyBody: 'json', jsonBody: '={{ JSON.stringify($json) }}' };
}
