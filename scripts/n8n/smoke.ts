// Proves the built package inside real n8n: npx tsx scripts/n8n/smoke.ts (after npm run build).
import { nodeItems } from './output';
import { startSession } from './session';
import { healthCheckWorkflow } from './workflows';

async function main(): Promise<void> {
	const session = await startSession();
	try {
		const workflow = healthCheckWorkflow();
		await session.n8n.importWorkflows([workflow]);
		const execution = await session.n8n.execute(workflow.id);
		if (!execution.ok) throw new Error(`Workflow failed, see ${execution.logFile}`);
		console.log(JSON.stringify(nodeItems(execution.run, 'Check Health'), null, 2));
	} finally {
		await session.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
