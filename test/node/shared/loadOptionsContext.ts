import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ILoadOptionsFunctions,
	INodeParameters,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { SiberMateApi } from '../../../credentials/SiberMateApi.credentials';
import { SiberMate } from '../../../nodes/SiberMate/SiberMate.node';
import { CREDENTIAL_TYPE } from '../../harness';
import { TestCredentialsHelper } from '../../harness/credentials';

/** n8n-core's own LoadOptionsContext for the SiberMate node, as the editor uses for pickers. */
export function loadOptionsContext(
	credentials: { apiKey: string; baseUrl: string },
	currentNodeParameters: INodeParameters = {},
): ILoadOptionsFunctions {
	const type = new SiberMate();
	const node = {
		id: 'node-under-test',
		name: 'SiberMate',
		type: 'siberMate',
		typeVersion: 1,
		position: [0, 0] as [number, number],
		parameters: currentNodeParameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred', name: 'SiberMate test' } },
	};
	const workflow = new Workflow({
		id: 'wf',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => type,
			getByNameAndVersion: (_name, version) => NodeHelpers.getVersionedNodeType(type, version),
			getKnownTypes: () => ({}),
		},
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(
			{ [CREDENTIAL_TYPE]: new SiberMateApi() },
			{ [CREDENTIAL_TYPE]: credentials as unknown as ICredentialDataDecryptedObject },
		),
		currentNodeParameters,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters.learnerId');
}
