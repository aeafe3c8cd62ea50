import { describe, expect, it } from 'vitest';
import { BALANCE_RULES_ENFORCED, checkBankBalance, type BalanceRuleName } from '../../../../src/guide/rules/balance-rules.ts';
import { partitionProblems } from '../../../../src/guide/rules/content-problem.ts';
import { located, trueFalse } from './bank-fixtures.ts';

// 20 statements, 4 of them True: the true-false share rule (and only it) fires.
const lopsided = located(Array.from({ length: 20 }, (_, i) => trueFalse(`t${i}`, i < 4)));
const allOn = { ...BALANCE_RULES_ENFORCED };
const allOnBut = (name: BalanceRuleName) => ({ ...allOn, [name]: false });

describe('bank balance rules', () => {
  it('enforces every rule by default', () => {
    expect(Object.entries(BALANCE_RULES_ENFORCED).filter(([, on]) => !on).map(([name]) => name)).toEqual([]);
  });

  it('an enforced rule fails the build', () => {
    const { failing, advisory } = partitionProblems(checkBankBalance(lopsided));
    expect(failing.map((p) => p.field)).toEqual(['true-false answers']);
    expect(advisory).toEqual([]);
  });

  it('a rule switched off is still reported, as advisory', () => {
    const { failing, advisory } = partitionProblems(checkBankBalance(lopsided, allOnBut('trueFalseShare')));
    expect(failing).toEqual([]);
    expect(advisory.map((p) => [p.field, p.advisory])).toEqual([['true-false answers', true]]);
    expect(partitionProblems(checkBankBalance(lopsided, allOnBut('answerTermInStem'))).failing).toHaveLength(1);
  });
});
