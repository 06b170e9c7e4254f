import express, { type Express } from 'express';

import { ROUTES } from '../routes';
import { apiFallback, apiPrelude, registerApi } from './api';
import { readJsonBody } from './body';
import type { Runtime } from './runtime';

const isApi = (url: string) => url === '/v1' || url.startsWith('/v1/') || url.startsWith('/v1?');

/** The express app: the API under /v1; the control router is mounted by the caller. */
export function createApp(rt: Runtime): Express {
	const app = express();
	app.disable('x-powered-by');
	app.set('etag', false);
	app.set('case sensitive routing', true);
	app.set('strict routing', true);

	const prelude = apiPrelude(rt);
	app.use((req, res, next) => (isApi(req.url) ? prelude(req, res, next) : next()));
	app.use((req, res, next) => (isApi(req.url) ? readJsonBody(req, res, next) : next()));
	registerApi(app, rt, ROUTES);
	return app;
}

export function finishApp(app: Express, rt: Runtime): void {
	const { notFound, failed } = apiFallback(rt);
	app.use((req, res, next) => (isApi(req.url) ? notFound(req, res).catch(next) : next()));
	app.use(failed);
}
