import { ApiError } from '../errors';
import type { Ctx, RouteTable } from '../server/context';
import { companyListItem, companyView, featuresView } from '../state/views';

export const companyRoutes: RouteTable = {
	'GET /companies': (ctx: Ctx) => {
		if (ctx.org.accountType !== 'msp') {
			throw new ApiError('forbidden', 'only MSP or Distributor accounts can list companies');
		}
		return ctx.store.children(ctx.org.id).map((c) => companyListItem(ctx.store, c));
	},
	'GET /company': (ctx: Ctx) => companyView(ctx.store, ctx.org),
	'GET /company/features': (ctx: Ctx) => featuresView(ctx.org),
};
