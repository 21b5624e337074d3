import { dormantAfterDays } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { checkProcedures, type ProcedureReferences } from './check-procedures';
import { proceduresFile } from './generated/procedures';
import { findProcedure, procedures, proceduresForRole } from './procedures';
import { roleIdSchema } from './schema/role-id';

const sevenOfTheIssue = [
  'open-account',
  'dormant-account',
  'hoax-comment',
  'misinformation-elsewhere',
  'crisis-communication',
  'admin-change',
  'personal-data-exposure',
];

describe('the procedures', () => {
  it('include the seven the pedoman must write down', () => {
    expect(procedures.map((procedure) => procedure.id)).toEqual(expect.arrayContaining(sevenOfTheIssue));
  });

  it('support opening an account with every account-request rule, which staff can read', () => {
    const opening = findProcedure('open-account');
    for (const rule of ['naming.request-strategy', 'naming.request-parent-account', 'naming.request-admins']) {
      expect(opening?.steps[0]?.supportedBy).toContainEqual({ rule });
    }
    expect(opening?.steps.some((step) => step.role === 'central-pr')).toBe(true);
  });

  it('write down publishing an ordinary post: screened by the admin, cleared by the approver', () => {
    const publishing = findProcedure('publish-post');
    expect(publishing?.steps.map((step) => step.role)).toEqual(['admin', 'approver', 'admin', 'admin']);
    expect(publishing?.steps[0]?.supportedBy).toContainEqual({ tool: 'screen-tool' });
  });

  it('take the dormancy limit from the shared rule, not a copy', () => {
    expect(findProcedure('dormant-account')?.trigger.id).toContain(`lebih dari ${dormantAfterDays} hari`);
    expect(proceduresFile.procedures.find((procedure) => procedure.id === 'dormant-account')?.trigger.id).toContain('{dormantAfterDays}');
  });

  it('cite UU PDP Article 46 for notifying an exposure within 3 × 24 hours', () => {
    const notify = findProcedure('personal-data-exposure')?.steps.find((step) => 'provision' in step.timeLimit);
    expect(notify?.timeLimit).toMatchObject({ amount: 72, unit: 'hours', provision: 'uu-27-2022/46' });
  });

  it('say what each role does, numbered as printed', () => {
    for (const role of roleIdSchema.options) expect(proceduresForRole(role).length, role).toBeGreaterThan(0);
    const unitHead = proceduresForRole('unit-head').find((entry) => entry.procedure.id === 'open-account');
    expect(unitHead?.steps.map((entry) => entry.number)).toEqual([2]);
  });
});

describe('checkProcedures', () => {
  const references: ProcedureReferences = {
    ruleIds: new Set(['content.hoax']),
    replyTargets: new Set(['hoax-clarification/public']),
    exportsOf: (name) => (name === '@pedoman-medsos/account-naming' ? new Set(['checkAccountRequest']) : undefined),
  };
  const step = {
    role: 'admin' as const,
    action: { id: 'Bertindak.', en: 'Acts.' },
    record: { id: 'Log', en: 'Log' },
  };

  it('reports every reference that leads nowhere, at its field', () => {
    const problems = checkProcedures(
      {
        procedures: [
          {
            id: 'example',
            title: { id: 'Contoh', en: 'Example' },
            trigger: { id: 'Lebih dari {unknownNumber} hari.', en: 'More than {unknownNumber} days.' },
            relatedRules: ['content.hoax', 'content.hoaks'],
            steps: [
              { ...step, timeLimit: { replyTarget: { category: 'hoax-clarification', channel: 'private' } } },
              {
                ...step,
                timeLimit: { amount: 3, unit: 'days', provision: 'uu-27-2022/999' },
                supportedBy: [{ check: { package: '@pedoman-medsos/account-naming', export: 'checkRequest' } }, { tool: 'handle-tool' }],
              },
            ],
          },
        ],
      },
      references,
    );
    expect(problems.map((problem) => problem.path.join('.'))).toEqual([
      'procedures.0.trigger',
      'procedures.0.relatedRules.1',
      'procedures.0.steps.0.timeLimit.replyTarget',
      'procedures.0.steps.1.timeLimit.provision',
      'procedures.0.steps.1.supportedBy.0.check',
    ]);
  });
});
