import { ExecutionLifecycleHooks, PollContext, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, NodeHelpers, Workflow } from 'n8n-workflow';

import { SiberMateApi } from '../../credentials/SiberMateApi.credentials';
import { SiberMate } from '../../nodes/SiberMate/SiberMate.node';
import { SiberMateTrigger } from '../../nodes/SiberMate/SiberMateTrigger.node';
import { TestCredentialsHelper } from './credentials';

export const CREDENTIAL_TYPE = 'sibermateApi';

const credentialType = new SiberMateApi();

/** Every node type of the package, by the short name used in the harness. */
export const nodeTypes: Record<string, INodeType> = {
	siberMate: new SiberMate(),
	siberMateTrigger: new SiberMateTrigger(),
};

export function registerNodeType(name: string, type: INodeType): void {
	nodeTypes[name] = type;
}

function nodeTypesRegistry(): INodeTypes {
	return {
		getByName: (name) => nodeTypes[name],
		getByNameAndVersion: (name, version) =>
			NodeHelpers.getVersionedNodeType(nodeTypes[name], version),
		getKnownTypes: () => ({}),
	};
}

export interface TestCredentials {
	apiKey: string;
	baseUrl: string;
}

function additionalData(
	credentials: TestCredentials,
	types: Record<string, ICredentialType> = { [CREDENTIAL_TYPE]: credentialType },
): IWorkflowExecuteAdditionalData {
	const credentialsHelper = new TestCredentialsHelper(types, {
		[CREDENTIAL_TYPE]: credentials as unknown as ICredentialDataDecryptedObject,
	});
	return {
		credentialsHelper,
		hooks: new ExecutionLifecycleHooks('manual', 'test-execution', {
			id: 'wf',
			name: 'test',
			active: false,
			nodes: [],
			connections: {},
			settings: {},
			createdAt: new Date(),
			updatedAt: new Date(),
			isArchived: false,
			activeVersionId: null,
		} as never),
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		currentNodeExecutionIndex: 0,
		variables: {},
		executionId: 'test-execution',
		executeWorkflow: async () => {
			throw new Error('not used in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

function makeNode(type: string, parameters: INodeParameters, extra: Partial<INode> = {}): INode {
	return {
		id: 'node-under-test',
		name: 'SiberMate',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred', name: 'SiberMate test' } },
		...extra,
	};
}

export interface RunNodeOptions {
	parameters: INodeParameters;
	credentials: TestCredentials;
	items?: INodeExecutionData[];
	type?: string;
	continueOnFail?: boolean;
	/** 'continueErrorOutput' routes failed items to a second output. */
	onError?: INode['onError'];
	mode?: WorkflowExecuteMode;
}

export interface NodeRunResult {
	/** Items per output (index 0 = main, 1 = error output when enabled). */
	outputs: INodeExecutionData[][];
	/** The error that stopped the node, if it failed. */
	error?: Error & IDataObject;
	run: IRun;
}

/** Runs one node through n8n-core's WorkflowExecute (so declarative routing runs in RoutingNode). */
export async function runNode(options: RunNodeOptions): Promise<NodeRunResult> {
	const type = options.type ?? 'siberMate';
	const node = makeNode(type, options.parameters, {
		continueOnFail: options.continueOnFail,
		onError: options.onError,
	});
	const workflow = new Workflow({
		id: 'wf',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypesRegistry(),
	});
	const items = options.items ?? [{ json: {} }];
	const runData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node,
					data: { main: [items.map((item, index) => ({ pairedItem: { item: index }, ...item }))] },
					source: null,
				},
			],
		},
	});
	const execute = new WorkflowExecute(
		additionalData(options.credentials),
		options.mode ?? 'manual',
		runData,
	);
	const run = await execute.processRunExecutionData(workflow);
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
	const error = (taskData?.error ?? run.data.resultData.error) as NodeRunResult['error'];
	return { outputs, error, run };
}

export interface PollHarness {
	poll(mode?: 'trigger' | 'manual'): Promise<INodeExecutionData[][] | null>;
	/** The node's static data as the running workflow holds it in memory. */
	staticData(): IDataObject;
	workflow: Workflow;
	node: INode;
}

/** A poller bound to one workflow, so static data persists between polls as in n8n. */
export function createPoller(options: {
	type: string;
	parameters: INodeParameters;
	credentials: TestCredentials;
	staticData?: IDataObject;
}): PollHarness {
	const node = makeNode(options.type, options.parameters, { name: 'SiberMate Trigger' });
	const workflow = new Workflow({
		id: 'wf',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: nodeTypesRegistry(),
		staticData: options.staticData,
	});
	const data = additionalData(options.credentials);
	const nodeType = nodeTypes[options.type];
	return {
		workflow,
		node,
		staticData: () => workflow.getStaticData('node', node),
		async poll(mode = 'trigger') {
			const context = new PollContext(workflow, node, data, mode, 'activate');
			return await nodeType.poll!.call(context);
		},
	};
}
