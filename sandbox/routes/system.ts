import { ApiError } from '../errors';
import { buildOpenApi } from '../openapi';
import type { Ctx, RouteTable } from '../server/context';

const SERVICE = 'sibermate-api';

export const systemRoutes: RouteTable = {
	'GET /health': {
		public: true,
		handler: (ctx: Ctx) => ({ status: 'ok', service: SERVICE, timestamp: ctx.store.now() }),
	},
	'GET /ready': {
		public: true,
		handler: (ctx: Ctx) => {
			if (!ctx.store.ready) throw new ApiError('not_ready', 'service is not ready');
			return {
				status: 'ready',
				service: SERVICE,
				checks: { rateLimit: ctx.rt.options.rateLimitPerMinute === null ? 'disabled' : 'enabled' },
				timestamp: ctx.store.now(),
			};
		},
	},
	'GET /openapi.json': {
		public: true,
		raw: true,
		handler: (ctx: Ctx) => buildOpenApi(`${ctx.req.protocol}://${ctx.req.headers.host}/v1`),
	},
};
