// Reads the call name recorded on an audit batch ("goals.delete") as the table it touched and
// the operation, so the Activity panel can say "Goal deleted" in the user's language.
import { entities, links } from './entities.ts';

const tableByPlural = new Map<string, string>([
  ...Object.values(entities).map((e) => [e.plural, e.table] as const),
  ...Object.values(links).map((l) => [l.plural, l.table] as const),
]);

export type CallOperation = 'create' | 'update' | 'delete' | 'link' | 'unlink';

/** Calls beyond plain CRUD that read as one of its operations ("indicators.createForGoal": an indicator created). */
const operationAliases: Readonly<Record<string, CallOperation>> = { createForGoal: 'create', move: 'update' };

export function describeCall(label: string): { table: string; operation: CallOperation } | null {
  const [plural, name] = label.split('.');
  const table = plural ? tableByPlural.get(plural) : undefined;
  const operation = name && Object.hasOwn(operationAliases, name) ? operationAliases[name] : name;
  if (!table || !operation || !['create', 'update', 'delete', 'link', 'unlink'].includes(operation))
    return null;
  return { table, operation: operation as CallOperation };
}
