import {
	appliedKey,
	eventKey,
	expectedItem,
	inEmitOrder,
	PersistedPoller,
	requestLines,
	startSandbox,
	triggerParameters,
	type RunningSandbox,
} from './helpers';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('SiberMate Trigger: what is watched', () => {
	let sandbox: RunningSandbox;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.control.reset());

	/** Learners with no event yet in the simulation. */
	function untouchedLearners(companyId: string, simulationId: string, count: number): string[] {
		const simulation = sandbox.control.simulation(companyId, simulationId)!;
		return simulation.results
			.filter((r) => !r.open && !r.visit && !r.compromise && !r.report)
			.slice(0, count)
			.map((r) => r.learnerId);
	}

	function runningSimulation(companyId: string): string {
		return sandbox.control.simulations(companyId).find((s) => s.status === 'running')!.id;
	}

	it('emits only the chosen event types, and reads nothing more when only others moved', async () => {
		const tenant = sandbox.companies.tenant;
		const poller = new PersistedPoller(sandbox, triggerParameters({ events: ['compromise'] }));
		await poller.poll();
		const [clicker, opener] = untouchedLearners(tenant, runningSimulation(tenant), 2);

		sandbox.control.advanceActivity({ events: [{ learnerId: opener, type: 'open' }] });
		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(sandbox)).toEqual(['GET /simulations']);

		const applied = sandbox.control.advanceActivity({
			events: [
				{ learnerId: clicker, type: 'open' },
				{ learnerId: clicker, type: 'visit' },
				{ learnerId: clicker, type: 'compromise' },
				{ learnerId: opener, type: 'report' },
			],
		});
		expect(await poller.poll()).toEqual([expectedItem(sandbox, tenant, applied[2])]);
		expect(await poller.poll()).toEqual([]);
	});

	it('starts afresh, emitting nothing, when the watched events change', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters({ events: ['report'] }));
		await poller.poll();
		sandbox.control.advanceActivity({ events: 3 });
		const changed = new PersistedPoller(sandbox, triggerParameters({ events: ['open'] }));
		changed.saved = poller.harness.staticData();
		changed.restart();

		expect(await changed.poll()).toEqual([]);
	});

	it('watches a single simulation', async () => {
		const tenant = sandbox.companies.tenant;
		const watched = runningSimulation(tenant);
		const poller = new PersistedPoller(sandbox, triggerParameters({ simulationId: byId(watched) }));
		await poller.poll();
		const other = sandbox.control.startSimulation({ name: 'Parcel delivery lure' });

		sandbox.control.advanceActivity({ simulationId: other, events: 3 });
		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(sandbox)).toEqual(['GET /simulations']);

		const applied = sandbox.control.advanceActivity({ simulationId: watched, events: 3 });
		sandbox.control.advanceActivity({ simulationId: other, events: 3 });
		expect(await poller.poll()).toEqual(
			inEmitOrder(applied).map((event) => expectedItem(sandbox, tenant, event)),
		);
	});

	it('watches every child company of an MSP key and tags each event', async () => {
		const { childA, childB } = sandbox.companies;
		const poller = new PersistedPoller(sandbox, triggerParameters({ allCompanies: true }), 'msp');
		await poller.poll();
		expect(requestLines(sandbox)[0]).toBe('GET /companies');

		const inA = sandbox.control.advanceActivity({ companyId: childA, events: 2 });
		const inB = sandbox.control.advanceActivity({ companyId: childB, events: 2 });
		expect(await poller.poll()).toEqual(
			inEmitOrder([...inA, ...inB]).map((event) =>
				expectedItem(sandbox, inA.includes(event) ? childA : childB, event, true),
			),
		);

		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		const log = sandbox.control.requestLog;
		expect(log.map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/simulations', { companyId: childA }],
			['GET', '/simulations', { companyId: childB }],
		]);
		expect(log.every((e) => e.headers.authorization === `Bearer ${sandbox.keys.msp}`)).toBe(true);
	});

	it('watches one child company chosen in Company', async () => {
		const { childB } = sandbox.companies;
		const poller = new PersistedPoller(
			sandbox,
			triggerParameters({ companyId: byId(childB) }),
			'msp',
		);
		await poller.poll();
		expect(sandbox.control.requestLog.every((entry) => entry.query.companyId === childB)).toBe(
			true,
		);

		const applied = sandbox.control.advanceActivity({ companyId: childB, events: 3 });
		const items = await poller.poll();

		expect(items).toEqual(
			inEmitOrder(applied).map((event) => expectedItem(sandbox, childB, event, true)),
		);
		expect(items.map(eventKey)).toEqual(inEmitOrder(applied).map(appliedKey));
	});
});
