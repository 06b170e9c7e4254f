import { SiberMate } from '../../../nodes/SiberMate/SiberMate.node';
import { apiData, byId, useSandbox } from './sandboxRun';
import { loadOptionsContext } from './loadOptionsContext';

const ctx = useSandbox();
const { listSearch, loadOptions } = new SiberMate().methods;

const context = (apiKey = ctx.sandbox.keys.tenant, parameters = {}) =>
	loadOptionsContext({ apiKey, baseUrl: ctx.sandbox.baseUrl }, parameters);

describe('list search', () => {
	it('filters learners by the typed text (name, email, external ID) and sorts by label', async () => {
		const { results } = await listSearch.searchLearners.call(context(), 'aisha');

		expect(ctx.sandbox.control.requestLog.map((entry) => [entry.path, entry.query])).toEqual([
			['/learners', {}],
		]);
		expect(ctx.sandbox.control.requestLog[0].headers.authorization).toBe(
			`Bearer ${ctx.sandbox.keys.tenant}`,
		);
		expect(results).toContainEqual({
			name: 'Aisha Nguyen (aisha.nguyen@acme.example)',
			value: 'learner_00001',
		});
		expect(results.length).toBeGreaterThan(1);
		expect(results.every((result) => result.name.toLowerCase().includes('aisha'))).toBe(true);
		const names = results.map((result) => result.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

		const byExternal = await listSearch.searchLearners.call(context(), 'emp-0001');
		expect(byExternal.results.map((result) => result.value)).toContain('learner_00001');
	});

	it('reads the chosen company when the Company scope is set', async () => {
		const child = ctx.sandbox.companies.childA;
		const expected = (await apiData(
			ctx.sandbox,
			`/groups?companyId=${child}`,
			ctx.sandbox.keys.msp,
		)) as Array<{
			id: string;
		}>;

		const { results } = await listSearch.searchGroups.call(
			context(ctx.sandbox.keys.msp, { companyId: byId(child) }),
		);

		expect(ctx.sandbox.control.requestLog[0].query).toEqual({ companyId: child });
		expect(results.map((result) => result.value).sort()).toEqual(
			expected.map((group) => group.id).sort(),
		);
	});

	it.each([
		['searchCourses', '/courses'],
		['searchPolicies', '/policies'],
		['searchPolicyTemplates', '/policy-templates'],
		['searchSimulations', '/simulations'],
	] as const)('%s lists %s', async (method, path) => {
		const all = (await apiData(ctx.sandbox, path)) as Array<{ id: string }>;

		const { results } = await listSearch[method].call(context());

		expect(ctx.sandbox.control.requestLog.map((entry) => entry.path)).toEqual([path]);
		expect(results.map((result) => result.value).sort()).toEqual(
			all.map((record) => record.id).sort(),
		);
	});

	it('lists child companies for an MSP key', async () => {
		const { results } = await listSearch.searchCompanies.call(context(ctx.sandbox.keys.msp), '');

		expect(results.map((result) => result.value).sort()).toEqual(
			[ctx.sandbox.companies.childA, ctx.sandbox.companies.childB].sort(),
		);
	});
});

describe('ID-list options', () => {
	it.each([
		['getLearners', '/learners'],
		['getGroups', '/groups'],
		['getCourses', '/courses'],
		['getPolicies', '/policies'],
	] as const)('%s offers every record of %s', async (method, path) => {
		const all = (await apiData(ctx.sandbox, path)) as unknown[];

		const options = await loadOptions[method].call(context());

		expect(options).toHaveLength(all.length);
		expect(options[0]).toEqual({ name: expect.any(String), value: expect.any(String) });
	});
});
