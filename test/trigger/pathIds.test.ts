import type { INodeParameters } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { byId, PersistedPoller, requestLines, triggerParameters, useSandbox } from './helpers';

describe('SiberMate Trigger: IDs that cannot be a path segment', () => {
	const ctx = useSandbox();

	async function failure(parameters: INodeParameters, mode: 'trigger' | 'manual', key = 'tenant') {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters(parameters), key as 'tenant');
		const error = await poller.harness.poll(mode).then(
			() => undefined,
			(thrown: unknown) => thrown,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(requestLines(ctx.sandbox)).toEqual([]);
		expect(poller.harness.staticData()).toEqual({});
		return error as NodeOperationError;
	}

	describe.each<'trigger' | 'manual'>(['trigger', 'manual'])('poll mode %s', (mode) => {
		it.each([
			['metrics', 'Simulation ID: "metrics" is not an ID'],
			['.', 'Simulation ID: "." is not an ID'],
			['..', 'Simulation ID: ".." is not an ID'],
			['={{ "metrics" }}', 'Simulation ID: "metrics" is not an ID'],
			['={{ " " }}', 'Simulation ID: enter an ID'],
		])('refuses Simulation %p before any request', async (id, message) => {
			const error = await failure({ simulationId: byId(id) }, mode);

			expect(error.message).toBe(message);
			expect(error.description).toContain('(parameter "simulationId")');
		});

		it('refuses a Company expression giving no ID before any request', async () => {
			const error = await failure({ companyId: byId('={{ "" }}') }, mode, 'msp');

			expect(error.message).toBe(
				'Company: the expression gave no company ID; clear the field to read your own organization',
			);
		});
	});

	it('an empty Simulation field still watches every simulation', async () => {
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ simulationId: byId('  ') }),
		);

		await poller.harness.poll('trigger');

		expect(requestLines(ctx.sandbox)[0]).toBe('GET /simulations');
		expect(
			requestLines(ctx.sandbox).filter((line) => line.startsWith('GET /simulations/')),
		).toEqual([]);
	});
});
