import { boolQuery, type Ctx, enumQuery, type RouteTable } from '../server/context';
import { requireBreachData } from './learner-results';

const ACCOUNT_TYPES = ['activeLearner', 'inactiveLearner', 'nonLearner', 'employee'] as const;

/** Exposed accounts of the scoped company, classified against its learners. */
function exposedAccounts(ctx: Ctx) {
	requireBreachData(ctx);
	const requested = enumQuery(ctx, 'accountType', ACCOUNT_TYPES);
	const wanted = requested === 'employee' ? 'activeLearner' : requested;
	return ctx.data.breachExposures
		.map((exposure) => {
			const learnerId = ctx.data.emailIndex.get(exposure.email.toLowerCase());
			const learner = learnerId ? ctx.data.learners.get(learnerId) : undefined;
			const accountType = !learner
				? 'nonLearner'
				: learner.inactive
					? 'inactiveLearner'
					: 'activeLearner';
			return {
				account: {
					email: exposure.email,
					domain: exposure.email.split('@')[1],
					externalLearnerId: learner?.externalLearnerId ?? null,
					accountType,
				},
				breachIds: exposure.breachIds,
			};
		})
		.filter((x) => wanted === undefined || x.account.accountType === wanted);
}

export const breachRoutes: RouteTable = {
	'GET /breaches/accounts': (ctx: Ctx) =>
		exposedAccounts(ctx).map(({ account, breachIds }) => ({
			...account,
			breaches: breachIds.map((id) => {
				const service = ctx.store.breachServices.get(id);
				return { id, name: service?.name, breachDate: service?.breachDate };
			}),
		})),
	'GET /breaches/services': (ctx: Ctx) => {
		const accounts = exposedAccounts(ctx);
		const hasAffectedAccounts = boolQuery(ctx, 'hasAffectedAccounts') ?? false;
		return [...ctx.store.breachServices.values()]
			.map((service) => {
				const affectedAccounts = accounts
					.filter((a) => a.breachIds.includes(service.id))
					.map((a) => a.account);
				return {
					id: service.id,
					name: service.name,
					breachDate: service.breachDate,
					category: service.category,
					accountCount: affectedAccounts.length,
					dataClassNames: service.dataClassNames,
					affectedAccounts,
				};
			})
			.filter((s) => !hasAffectedAccounts || s.accountCount > 0);
	},
};
