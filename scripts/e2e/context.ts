import type { N8nWorkflow } from '../n8n/instance';
import type { Session } from '../n8n/session';
import { localCopy } from '../examples';
import type { CaptureServer } from './capture-server';
import { testCopy } from './stand-ins';

export type E2eContext = { session: Session; capture: CaptureServer };

/** The shipped example as the e2e runs it: local node types and paths, stand-ins for SaaS nodes. */
export function runnable(context: E2eContext, workflow: N8nWorkflow): N8nWorkflow {
	return localCopy(testCopy(workflow, context.capture.url));
}
