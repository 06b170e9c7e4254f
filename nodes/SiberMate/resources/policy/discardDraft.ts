import { recordLocator, showFor, withDisplay } from '../../shared';

export const discardDraftFields = withDisplay(showFor('policy', ['discardDraft']), [
	recordLocator('policy', { name: 'policyId', description: 'The policy whose draft to discard' }),
]);
