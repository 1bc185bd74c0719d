/** The balance check's public API for the UI. */
export * from './types';
export {
	BASE_QUESTIONS,
	MANTELZORG_QUESTIONS,
	ALL_QUESTIONS,
	ANSWER_BANDS,
	bandOf,
	questionById,
	chosenOption,
	isMantelzorger,
	mantelzorgNotice,
	mantelzorgRecognition,
	overburdenedCarer,
	visibleQuestions
} from './questions';
export { parseAnswers } from './answers';
export { scoreBalance, domainScores, DOMAINS } from './score';
export { nextSteps, OPEN_STEPS } from './advice';
export { scaleDegrees } from './picture';
export { SAFETY_NET_LINES } from './safety-net';
export { stepLinks, type StepLinks } from './links';
