import { type Ctx, requireFound, type RouteTable } from '../server/context';
import { simulationListItem, simulationView } from '../state/views';

function metrics(ctx: Ctx) {
	const simulations = [...ctx.data.simulations.values()].map(simulationListItem);
	const sum = (pick: (s: (typeof simulations)[number]) => number) =>
		simulations.reduce((n, s) => n + pick(s), 0);
	return {
		totalMetrics: {
			opened: sum((s) => s.openCount),
			visited: sum((s) => s.visitCount),
			compromised: sum((s) => s.compromiseCount),
			reported: sum((s) => s.reportCount),
			total: sum((s) => s.sentCount),
		},
		simulations,
	};
}

export const simulationRoutes: RouteTable = {
	'GET /simulations': (ctx: Ctx) => [...ctx.data.simulations.values()].map(simulationListItem),
	'GET /simulations/metrics': metrics,
	'GET /simulations/{simulationId}': (ctx: Ctx) => {
		const id = ctx.params.simulationId;
		return simulationView(requireFound(ctx.data.simulations.get(id), 'simulation', id));
	},
};
