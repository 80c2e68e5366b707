import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Task } from '../../api.ts';
import { ConfirmActionButton } from '../../components/ConfirmActionButton.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Loading } from '../../components/Loading.tsx';
import { sortByName } from '../../components/sortByName.ts';
import { TableRegion } from '../../components/TableRegion.tsx';
import { useErrorMessage } from '../../components/useErrorMessage.ts';
import { queries } from '../../queries.ts';
import { invalidateTasks, taskQueries } from './taskQueries.ts';

/** Tasks as rows, partners as columns, the letter in the cell; a task without an accountable partner is marked. */
export function TaskMatrix({ networkId, canEdit, onEdit }: { networkId: string; canEdit: boolean; onEdit: (task: Task) => void }) {
  const { t, i18n } = useTranslation();
  const tasks = useQuery(taskQueries.all(networkId));
  const partners = useQuery(queries.partners(networkId));
  if (tasks.isPending || partners.isPending) return <Loading />;
  if (tasks.isError) return <ErrorNotice error={tasks.error} onRetry={() => void tasks.refetch()} />;
  if (partners.isError) return <ErrorNotice error={partners.error} onRetry={() => void partners.refetch()} />;
  const columns = sortByName(partners.data, i18n.language);
  return (
    <section aria-labelledby="task-matrix-heading">
      <h2 id="task-matrix-heading">{t('tasks.matrix.heading')}</h2>
      {tasks.data.length === 0 ? (
        <p className="muted">{canEdit ? t('tasks.matrix.emptyCoordinator') : t('tasks.matrix.empty')}</p>
      ) : (
        <TableRegion labelledBy="task-matrix-heading">
          <table className="table matrix raci-matrix">
            <caption className="visually-hidden">{t('tasks.matrix.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tasks.matrix.task')}</th>
                {columns.map((p) => (
                  <th key={p.id} scope="col" className="matrix-column">
                    {p.name}
                  </th>
                ))}
                {canEdit ? (
                  <th scope="col" className="no-print">
                    {t('tasks.matrix.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {tasks.data.map((task) => (
                <TaskRow key={task.id} networkId={networkId} task={task} columns={columns} canEdit={canEdit} onEdit={onEdit} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function TaskRow({ networkId, task, columns, canEdit, onEdit }: { networkId: string; task: Task; columns: { id: string }[]; canEdit: boolean; onEdit: (task: Task) => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/networks/{networkId}/tasks/{taskId}', { params: { path: { networkId, taskId: task.id } } })),
    onSuccess: () => invalidateTasks(queryClient, networkId),
  });
  const letters = new Map(task.assignments.map((a) => [a.partnerId, a.letter]));
  return (
    <tr>
      <th scope="row" className="raci-task">
        <span className="raci-task-title">{task.title}</span>
        {task.description ? <span className="raci-task-description">{task.description}</span> : null}
        {task.accountable ? null : <span className="warning-text">{t('tasks.matrix.noAccountable')}</span>}
      </th>
      {columns.map((p) => {
        const letter = letters.get(p.id);
        return (
          <td key={p.id} className="raci-cell">
            {letter ? (
              <>
                <span className={`raci-letter raci-${letter}`} aria-hidden="true">
                  {letter}
                </span>
                <span className="visually-hidden">{t(`tasks.letters.${letter}`)}</span>
              </>
            ) : (
              <span className="visually-hidden">{t('tasks.matrix.noLetter')}</span>
            )}
          </td>
        );
      })}
      {canEdit ? (
        <td className="no-print">
          <div className="button-row">
            <Button className="button button-small button-secondary" aria-label={t('tasks.matrix.editTask', { title: task.title })} onPress={() => onEdit(task)}>
              {t('tasks.matrix.edit')}
            </Button>
            <ConfirmActionButton
              label={t('tasks.matrix.delete')}
              ariaLabel={t('tasks.matrix.deleteTask', { title: task.title })}
              title={t('tasks.matrix.deleteTitle')}
              text={t('tasks.matrix.deleteText', { title: task.title })}
              confirmLabel={t('tasks.matrix.delete')}
              error={remove.error ? message(remove.error) : null}
              isPending={remove.isPending}
              onConfirm={(close) => remove.mutate(undefined, { onSuccess: close })}
            />
          </div>
        </td>
      ) : null}
    </tr>
  );
}
