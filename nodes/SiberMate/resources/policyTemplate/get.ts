import { recordLocator, showFor, withDisplay } from '../../shared';

export const getFields = withDisplay(showFor('policyTemplate', ['get']), [
	recordLocator('policyTemplate', {
		name: 'policyTemplateId',
		description: 'The policy template to retrieve',
	}),
]);
