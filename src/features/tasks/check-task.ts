import type { Tx } from '../../db/transaction.ts';
import { raciProblem, type RaciLetter } from '../../domain/raci.ts';
import { invalid } from '../../errors.ts';

/**
 * Checks a task's letters (exactly one accountable partner, one letter per partner, only partners
 * of this network) and its agreement (one of this network), or throws a validation error.
 */
export async function checkTask(tx: Tx, networkId: string, input: { assignments?: { partnerId: string; letter: RaciLetter }[] | undefined; agreementId?: string | null | undefined }) {
  if (input.assignments) {
    const problem = raciProblem(input.assignments);
    if (problem) throw invalid(problem, [{ path: ['assignments'], message: problem }]);
    const ids = input.assignments.map((a) => a.partnerId);
    const found = await tx.selectFrom('partners').select('id').where('network_id', '=', networkId).where('id', 'in', ids).execute();
    if (found.length !== ids.length) {
      const known = new Set(found.map((p) => p.id));
      throw invalid('Some partners are not part of this network', [{ path: ['assignments'], message: `Unknown partners: ${ids.filter((id) => !known.has(id)).join(', ')}` }]);
    }
  }
  if (input.agreementId) {
    const agreement = await tx.selectFrom('agreements').select('id').where('id', '=', input.agreementId).where('network_id', '=', networkId).executeTakeFirst();
    if (!agreement) throw invalid('The agreement is not part of this network', [{ path: ['agreementId'], message: 'Unknown agreement' }]);
  }
}
