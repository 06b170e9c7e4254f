import {
	appliedKey,
	byId,
	eventKey,
	expectedItem,
	inEmitOrder,
	PersistedPoller,
	requestLines,
	runningSimulationId,
	triggerParameters,
	untouchedLearners,
	useSandbox,
} from './helpers';

describe('SiberMate Trigger: what is watched', () => {
	const ctx = useSandbox();

	it('emits only the chosen event types, and reads nothing more when only others moved', async () => {
		const tenant = ctx.sandbox.companies.tenant;
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters({ events: ['compromise'] }));
		await poller.poll();
		const [clicker, opener] = untouchedLearners(
			ctx.sandbox,
			tenant,
			runningSimulationId(ctx.sandbox, tenant),
			2,
		);

		ctx.sandbox.control.advanceActivity({ events: [{ learnerId: opener, type: 'open' }] });
		ctx.sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(ctx.sandbox)).toEqual(['GET /simulations']);

		const applied = ctx.sandbox.control.advanceActivity({
			events: [
				{ learnerId: clicker, type: 'open' },
				{ learnerId: clicker, type: 'visit' },
				{ learnerId: clicker, type: 'compromise' },
				{ learnerId: opener, type: 'report' },
			],
		});
		expect(await poller.poll()).toEqual([expectedItem(ctx.sandbox, tenant, applied[2])]);
		expect(await poller.poll()).toEqual([]);
	});

	it('starts afresh, emitting nothing, when the watched events change', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters({ events: ['report'] }));
		await poller.poll();
		ctx.sandbox.control.advanceActivity({ events: 3 });
		const changed = new PersistedPoller(ctx.sandbox, triggerParameters({ events: ['open'] }));
		changed.saved = poller.harness.staticData();
		changed.restart();

		expect(await changed.poll()).toEqual([]);
	});

	it('watches a single simulation', async () => {
		const tenant = ctx.sandbox.companies.tenant;
		const watched = runningSimulationId(ctx.sandbox, tenant);
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ simulationId: byId(watched) }),
		);
		await poller.poll();
		const other = ctx.sandbox.control.startSimulation({ name: 'Parcel delivery lure' });

		ctx.sandbox.control.advanceActivity({ simulationId: other, events: 3 });
		ctx.sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(ctx.sandbox)).toEqual(['GET /simulations']);

		const applied = ctx.sandbox.control.advanceActivity({ simulationId: watched, events: 3 });
		ctx.sandbox.control.advanceActivity({ simulationId: other, events: 3 });
		expect(await poller.poll()).toEqual(
			inEmitOrder(applied).map((event) => expectedItem(ctx.sandbox, tenant, event)),
		);
	});

	it('watches every child company of an MSP key and tags each event', async () => {
		const { childA, childB } = ctx.sandbox.companies;
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ allCompanies: true }),
			'msp',
		);
		await poller.poll();
		expect(requestLines(ctx.sandbox)[0]).toBe('GET /companies');

		const inA = ctx.sandbox.control.advanceActivity({ companyId: childA, events: 2 });
		const inB = ctx.sandbox.control.advanceActivity({ companyId: childB, events: 2 });
		expect(await poller.poll()).toEqual(
			inEmitOrder([...inA, ...inB]).map((event) =>
				expectedItem(ctx.sandbox, inA.includes(event) ? childA : childB, event, true),
			),
		);

		ctx.sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		const log = ctx.sandbox.control.requestLog;
		expect(log.map((entry) => [entry.method, entry.path, entry.query])).toEqual([
			['GET', '/simulations', { companyId: childA }],
			['GET', '/simulations', { companyId: childB }],
		]);
		expect(log.every((e) => e.headers.authorization === `Bearer ${ctx.sandbox.keys.msp}`)).toBe(
			true,
		);
	});

	it('watches one child company chosen in Company', async () => {
		const { childB } = ctx.sandbox.companies;
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ companyId: byId(childB) }),
			'msp',
		);
		await poller.poll();
		expect(ctx.sandbox.control.requestLog.every((entry) => entry.query.companyId === childB)).toBe(
			true,
		);

		const applied = ctx.sandbox.control.advanceActivity({ companyId: childB, events: 3 });
		const items = await poller.poll();

		expect(items).toEqual(
			inEmitOrder(applied).map((event) => expectedItem(ctx.sandbox, childB, event, true)),
		);
		expect(items.map(eventKey)).toEqual(inEmitOrder(applied).map(appliedKey));
	});
});
