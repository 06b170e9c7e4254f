import { learnerPairsFields } from './learnerPairs';

export const assignFields = learnerPairsFields('assign', {
	policies: 'The policies to assign (each needs a published version)',
	learners: 'The learners who receive every chosen policy',
});
