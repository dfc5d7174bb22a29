import { architectureViewRules } from './architectureViews';
import { budgetCap } from './budgetCap';
import { complianceAnswers } from './complianceAnswers';
import { dependencyCycles } from './dependencyCycles';
import { duplicateIds } from './duplicateIds';
import { goalDeadlines } from './goalDeadlines';
import { hiddenCharacters } from './hiddenCharacters';
import { highRisks } from './highRisks';
import { idleComponents } from './idleComponents';
import { overAllocation } from './overAllocation';
import { pinnedTasks } from './pinnedTasks';
import { planCalendar } from './planCalendar';
import { questions } from './questions';
import { references } from './references';
import { requirementCoverage } from './requirementCoverage';
import { rfpOrigin } from './rfpOrigin';
import type { Rule } from './ruleContext';
import { smartGoals } from './smartGoals';
import { taskDurations } from './taskDurations';

export type { Rule, RuleContext, RuleReport } from './ruleContext';

/** Every domain rule, named so an internal error (PS900) can say which one failed. */
export const RULES: ReadonlyArray<{ name: string; run: Rule }> = [
  { name: 'duplicateIds', run: duplicateIds },
  { name: 'references', run: references },
  { name: 'dependencyCycles', run: dependencyCycles },
  { name: 'pinnedTasks', run: pinnedTasks },
  { name: 'goalDeadlines', run: goalDeadlines },
  { name: 'smartGoals', run: smartGoals },
  { name: 'requirementCoverage', run: requirementCoverage },
  { name: 'rfpOrigin', run: rfpOrigin },
  { name: 'idleComponents', run: idleComponents },
  { name: 'highRisks', run: highRisks },
  { name: 'overAllocation', run: overAllocation },
  { name: 'budgetCap', run: budgetCap },
  { name: 'questions', run: questions },
  { name: 'planCalendar', run: planCalendar },
  { name: 'taskDurations', run: taskDurations },
  { name: 'hiddenCharacters', run: hiddenCharacters },
  { name: 'complianceAnswers', run: complianceAnswers },
  { name: 'architectureViews', run: architectureViewRules },
];
