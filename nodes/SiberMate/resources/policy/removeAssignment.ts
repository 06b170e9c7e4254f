import { learnerPairsFields } from './learnerPairs';

export const removeAssignmentFields = learnerPairsFields('removeAssignment', {
	policies: 'The policies to unassign',
	learners: 'The learners to remove from every chosen policy',
});
