import type { RouteTable } from '../server/context';
import { breachRoutes } from './breaches';
import { companyRoutes } from './company';
import { courseRoutes } from './courses';
import { groupRoutes } from './groups';
import { learnerResultRoutes } from './learner-results';
import { learnerRoutes } from './learners';
import { policyRoutes } from './policies';
import { reportRoutes } from './reports';
import { simulationRoutes } from './simulations';
import { systemRoutes } from './system';
import { uploadRoutes } from './upload';

/** Every endpoint of endpoints.json, keyed `METHOD /template`. */
export const ROUTES: RouteTable = {
	...systemRoutes,
	...companyRoutes,
	...learnerRoutes,
	...learnerResultRoutes,
	...groupRoutes,
	...courseRoutes,
	...reportRoutes,
	...policyRoutes,
	...uploadRoutes,
	...simulationRoutes,
	...breachRoutes,
};
