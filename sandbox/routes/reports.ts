import { RISK_HISTORY_DEFAULT_DAYS, RISK_HISTORY_MAX_DAYS } from '../assumptions';
import { invalid } from '../errors';
import { type Ctx, type RouteTable, stringQuery } from '../server/context';
import { isDate } from '../server/validate';
import { learnerGroups } from '../state/learners';
import { riskLevel, riskScore } from '../state/risk';
import type { Enrolment } from '../state/types';
import { courseResultView, fullName, reportLearnerRef } from '../state/views';

const DAY = 86_400_000;

function isGap(ctx: Ctx, e: Enrolment) {
	return ctx.store.findCourse(ctx.scope.id, e.courseId)?.type === 'gap_analysis';
}

function resultRows(ctx: Ctx, gapAnalysis: boolean) {
	return [...ctx.data.enrolments.values()]
		.filter((e) => isGap(ctx, e) === gapAnalysis)
		.map((e) => {
			const learner = ctx.data.learners.get(e.learnerId);
			return {
				...courseResultView(ctx.store, ctx.scope.id, e),
				learner: learner ? reportLearnerRef(learner) : null,
			};
		});
}

/** groupTree: `{ id: companyId, name, children: [{ id, name, learnerCount, children: [] }] }`. */
function participation(ctx: Ctx) {
	const courses = ctx.store.visibleCourses(ctx.scope.id).filter((c) => c.type === 'training');
	const byLearner = new Map<string, Enrolment[]>();
	for (const e of ctx.data.enrolments.values()) {
		if (isGap(ctx, e)) continue;
		byLearner.set(e.learnerId, [...(byLearner.get(e.learnerId) ?? []), e]);
	}
	return {
		groupTree: {
			id: ctx.scope.id,
			name: ctx.scope.name,
			children: [...ctx.data.groups.values()].map((g) => ({
				id: g.id,
				name: g.name,
				learnerCount: g.memberIds.size,
				children: [],
			})),
		},
		courses: courses.map((c) => ({
			id: c.id,
			name: c.name,
			subject: c.subject,
			difficulty: c.difficulty,
		})),
		learners: [...ctx.data.learners.values()].map((l) => ({
			id: l.id,
			name: fullName(l),
			groups: learnerGroups(ctx.data, l.id).map((g) => ({ id: g.id, name: g.name })),
			courseResults: (byLearner.get(l.id) ?? []).map((e) =>
				courseResultView(ctx.store, ctx.scope.id, e),
			),
		})),
	};
}

const statusOf = (e: Enrolment) =>
	e.finishDate ? 'completed' : e.startDate ? 'in_progress' : 'not_started';

/**
 * summary: `{ learnerCount, enrolmentCount, completedCount, inProgressCount, notStartedCount,
 * completionRate, averageScore }`; rows: one per enrolment, filtered by learnerId/courseId.
 */
function learning(ctx: Ctx) {
	const learnerId = stringQuery(ctx, 'learnerId');
	const courseId = stringQuery(ctx, 'courseId');
	const enrolments = [...ctx.data.enrolments.values()].filter(
		(e) => (!learnerId || e.learnerId === learnerId) && (!courseId || e.courseId === courseId),
	);
	const rows = enrolments.map((e) => {
		const learner = ctx.data.learners.get(e.learnerId);
		const result = courseResultView(ctx.store, ctx.scope.id, e);
		return {
			learnerId: e.learnerId,
			learnerName: learner ? fullName(learner) : null,
			email: learner?.email ?? null,
			courseId: e.courseId,
			courseName: result.course.name,
			status: statusOf(e),
			enrollDate: result.enrollDate,
			startDate: result.startDate,
			finishDate: result.finishDate,
			score: result.score,
			grade: result.grade,
		};
	});
	const count = (status: string) => rows.filter((r) => r.status === status).length;
	const scores = rows
		.filter((r) => r.status === 'completed' && r.score !== null)
		.map((r) => r.score as number);
	return {
		generatedAt: ctx.store.now(),
		summary: {
			learnerCount: new Set(rows.map((r) => r.learnerId)).size,
			enrolmentCount: rows.length,
			completedCount: count('completed'),
			inProgressCount: count('in_progress'),
			notStartedCount: count('not_started'),
			completionRate: rows.length
				? Math.round((count('completed') / rows.length) * 1000) / 1000
				: 0,
			averageScore: scores.length
				? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)
				: null,
		},
		rows,
	};
}

/** rows: one per day `{ date, riskScore, riskScoreLevel, learnerCount }` (active learners' mean). */
function riskHistory(ctx: Ctx) {
	const today = ctx.store.now().slice(0, 10);
	const toDate = stringQuery(ctx, 'toDate') ?? today;
	for (const [name, value] of [
		['toDate', toDate],
		['fromDate', ctx.query.fromDate],
	] as const) {
		if (value !== undefined && !isDate(value))
			throw invalid(`${name} must be a date formatted YYYY-MM-DD`);
	}
	const defaultFrom = new Date(Date.parse(toDate) - (RISK_HISTORY_DEFAULT_DAYS - 1) * DAY);
	const fromDate = stringQuery(ctx, 'fromDate') ?? defaultFrom.toISOString().slice(0, 10);
	if (fromDate > toDate) throw invalid('fromDate must not be after toDate');
	const days = (Date.parse(toDate) - Date.parse(fromDate)) / DAY + 1;
	if (days > RISK_HISTORY_MAX_DAYS)
		throw invalid(`the date range may span at most ${RISK_HISTORY_MAX_DAYS} days`);

	const active = [...ctx.data.learners.values()].filter((l) => !l.inactive);
	const current = active.length
		? active.reduce((sum, l) => sum + riskScore(ctx.data, l), 0) / active.length
		: 0;
	const todayMs = Date.parse(today);
	const rows = [];
	for (let i = 0; i < days; i++) {
		const dayMs = Date.parse(fromDate) + i * DAY;
		// Older days drift a little higher: awareness training lowers risk over time.
		const ageDays = Math.max(0, (todayMs - dayMs) / DAY);
		const score = Math.round(Math.min(100, current + ageDays * 0.05) * 10) / 10;
		rows.push({
			date: new Date(dayMs).toISOString().slice(0, 10),
			riskScore: score,
			riskScoreLevel: riskLevel(score),
			learnerCount: active.length,
		});
	}
	return { fromDate, toDate, rows };
}

export const reportRoutes: RouteTable = {
	'GET /reports/course-participation': participation,
	'GET /reports/course-results': (ctx: Ctx) => resultRows(ctx, false),
	'GET /reports/gap-analysis-results': (ctx: Ctx) => resultRows(ctx, true),
	'GET /reports/learning': learning,
	'GET /reports/risk-score-history': riskHistory,
};
