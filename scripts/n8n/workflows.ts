import type { N8nWorkflow } from './instance';
import { CREDENTIAL_TYPE, SANDBOX_CREDENTIAL } from './credential';

/** Node types as n8n names them when the package loads through N8N_CUSTOM_EXTENSIONS. */
export const NODE_TYPE = 'CUSTOM.siberMate';
export const TRIGGER_TYPE = 'CUSTOM.siberMateTrigger';

export const SANDBOX_CREDENTIALS = { [CREDENTIAL_TYPE]: SANDBOX_CREDENTIAL };

/** Manual Trigger -> SiberMate System: Check Health, the smallest proof the package loads. */
export function healthCheckWorkflow(id = 'smokeHealthCheck'): N8nWorkflow {
	return {
		id,
		name: 'SiberMate smoke: check health',
		nodes: [
			{
				id: 'b1f0c1de-0000-4000-8000-000000000001',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'b1f0c1de-0000-4000-8000-000000000002',
				name: 'Check Health',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'system', operation: 'checkHealth' },
				credentials: SANDBOX_CREDENTIALS,
			},
		],
		connections: { Start: { main: [[{ node: 'Check Health', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}
