import { GRADE_THRESHOLDS, RISK_LEVEL_THRESHOLDS } from '../assumptions';
import type { CompanyData, Learner, RiskLevel } from './types';

/**
 * Risk score 0..100: the learner's baseline plus simulation outcomes
 * (+25 per compromise, +10 per visit, -5 per report).
 */
export function riskScore(data: CompanyData, learner: Learner): number {
	let score = learner.baseRisk;
	for (const simulation of data.simulations.values()) {
		const result = simulation.results.get(learner.id);
		if (!result) continue;
		if (result.compromise) score += 25;
		if (result.visit) score += 10;
		if (result.report) score -= 5;
	}
	return Math.max(0, Math.min(100, score));
}

export function riskLevel(score: number): RiskLevel {
	if (score >= RISK_LEVEL_THRESHOLDS.high) return 'high';
	if (score >= RISK_LEVEL_THRESHOLDS.medium) return 'medium';
	return 'low';
}

export function gradeFor(score: number | null): string | null {
	if (score === null) return null;
	return GRADE_THRESHOLDS.find((t) => score >= t.min)?.grade ?? null;
}
