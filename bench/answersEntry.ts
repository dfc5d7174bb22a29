// What bench/answers.bench.mjs bundles: the write-back, the proposal the import of a fixture gives,
// and the fixtures themselves.
export { writeAnswers } from '../src/core/answers/writeBack';
export { answeredProposal } from '../test/support/answeredProposal';
export { largeWorkbook } from '../test/support/rfpFixtures';
