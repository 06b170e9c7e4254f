import { ApiError } from '../errors';
import { type Ctx, type RouteTable, stringQuery } from '../server/context';
import {
	courseResultView,
	policyResultView,
	simulationRef,
	simulationResultView,
} from '../state/views';
import { learnerOf } from './learners';

export function requireBreachData(ctx: Ctx): void {
	if (ctx.scope.breachUnavailable) {
		throw new ApiError(
			'breach_unavailable',
			'breach data is temporarily unavailable for this organization',
		);
	}
}

function courseResults(gapAnalysis: boolean) {
	return (ctx: Ctx) => {
		const learner = learnerOf(ctx);
		return [...ctx.data.enrolments.values()]
			.filter((e) => e.learnerId === learner.id)
			.filter(
				(e) =>
					(ctx.store.findCourse(ctx.scope.id, e.courseId)?.type === 'gap_analysis') === gapAnalysis,
			)
			.map((e) => courseResultView(ctx.store, ctx.scope.id, e));
	};
}

export const learnerResultRoutes: RouteTable = {
	'GET /learners/{learnerId}/breaches': (ctx: Ctx) => {
		requireBreachData(ctx);
		const email = learnerOf(ctx).email.toLowerCase();
		const exposure = ctx.data.breachExposures.find((x) => x.email.toLowerCase() === email);
		return (exposure?.breachIds ?? []).map((id) => {
			const service = ctx.store.breachServices.get(id);
			return {
				id,
				name: service?.name,
				breachDate: service?.breachDate,
				category: service?.category,
				dataClassNames: service?.dataClassNames,
			};
		});
	},
	'GET /learners/{learnerId}/course-results': courseResults(false),
	'GET /learners/{learnerId}/gap-analysis-results': courseResults(true),
	'GET /learners/{learnerId}/policy-results': (ctx: Ctx) => {
		const learner = learnerOf(ctx);
		const policyId = stringQuery(ctx, 'policyId');
		return [...ctx.data.policyAssignments.values()]
			.filter(
				(a) => a.learnerId === learner.id && (policyId === undefined || a.policyId === policyId),
			)
			.map(policyResultView);
	},
	'GET /learners/{learnerId}/simulation-queue': (ctx: Ctx) => {
		const learner = learnerOf(ctx);
		return [...ctx.data.simulations.values()]
			.filter((s) => s.status === 'scheduled' && s.recipientIds.has(learner.id))
			.map((s) => ({
				id: `simulation_queue_${s.id.replace('simulation_', '')}_${learner.id.replace('learner_', '')}`,
				learnerId: learner.id,
				simulationId: s.id,
				scheduled: s.startDate,
				simulation: simulationRef(s),
			}));
	},
	'GET /learners/{learnerId}/simulation-results': (ctx: Ctx) => {
		const learner = learnerOf(ctx);
		const results = [];
		for (const simulation of ctx.data.simulations.values()) {
			const result = simulation.results.get(learner.id);
			if (result) results.push(simulationResultView(simulation, result));
		}
		return results;
	},
};
