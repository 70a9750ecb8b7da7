import { describe, expect, it } from 'vitest';
import { contract } from './contract.ts';
import { toValidationIssues } from './validation.ts';

function issuesFor(name: keyof typeof contract, input: unknown) {
  const parsed = contract[name].input.safeParse(input);
  return parsed.success ? [] : toValidationIssues(parsed.error.issues, input);
}

describe('validation issues', () => {
  it.each([
    [{ name: '' }, [{ path: ['name'], code: 'required', params: { min: 1 } }]],
    [{ name: '   ' }, [{ path: ['name'], code: 'required', params: { min: 1 } }]],
    [{ name: 'x'.repeat(121) }, [{ path: ['name'], code: 'tooLong', params: { max: 120 } }]],
    [{}, [{ path: ['name'], code: 'required', params: { expected: 'string' } }]],
    [{ name: 42 }, [{ path: ['name'], code: 'invalidType', params: { expected: 'string' } }]],
    [{ name: 'ok\u0007' }, [{ path: ['name'], code: 'invalidFormat' }]],
    [{ name: 'ok', admin: true }, [{ path: ['admin'], code: 'unknownField' }]],
  ])('clusters.create %j', (input, expected) => {
    expect(issuesFor('clusters.create', input)).toEqual(expected);
  });

  it('accepts a valid name and trims it', () => {
    expect(contract['clusters.create'].input.parse({ name: '  Photonik  ' })).toMatchObject({
      name: 'Photonik',
      region: '',
    });
  });

  it('names the field of a nested input', () => {
    const issues = issuesFor('viewState.save', {
      editors: [{ kind: 'cluster', id: -1 }],
      activeEditor: 0,
      sideView: 'explorer',
      sideBarWidth: 280,
      panel: null,
      expanded: [],
    });
    expect(issues).toEqual([{ path: ['editors', 0, 'id'], code: 'tooSmall', params: { min: 0 } }]);
  });
});
