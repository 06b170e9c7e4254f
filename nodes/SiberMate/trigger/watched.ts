import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { getSimulation, unlessNotFound } from './api';
import type { TriggerConfig } from './config';
import type { CompanyState } from './state';

function noSuchSimulation(context: IPollFunctions, config: TriggerConfig): NodeOperationError {
	const where = config.companyId ? `company ${config.companyId}` : 'this organization';
	return new NodeOperationError(
		context.getNode(),
		`Simulation: no simulation with ID ${config.simulationId} in ${where}`,
		{
			description:
				'The trigger would never fire. Choose the simulation from the list, or leave the field empty to watch every simulation (parameter "simulationId")',
		},
	);
}

/**
 * Whether the watched simulation exists: `GET /simulations/{id}` answers it (a 404 means no).
 * Other failures are thrown, so the poll fails and is tried again.
 */
async function simulationExists(context: IPollFunctions, config: TriggerConfig): Promise<boolean> {
	const read = async () => {
		await getSimulation(context, config.simulationId as string, config.companyId);
		return true;
	};
	return await unlessNotFound(context, read, false);
}

/**
 * Refuses to watch a simulation that does not exist. One this trigger has tracked (`previous`,
 * kept after it is forgotten) or the API still answers by ID is fine even when no longer listed:
 * it existed, and simply has no new events.
 */
export async function requireWatchedSimulation(
	context: IPollFunctions,
	config: TriggerConfig,
	listed: IDataObject[] | undefined,
	previous: CompanyState | undefined,
): Promise<void> {
	const id = config.simulationId;
	if (id === undefined || previous?.simulations[id]) return;
	if (listed?.some((simulation) => String(simulation.id) === id)) return;
	if (!(await simulationExists(context, config))) throw noSuchSimulation(context, config);
}
