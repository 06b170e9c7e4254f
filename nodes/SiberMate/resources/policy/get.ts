import { recordLocator, showFor, withDisplay } from '../../shared';

export const getFields = withDisplay(showFor('policy', ['get']), [
	recordLocator('policy', { name: 'policyId', description: 'The policy to retrieve' }),
]);
