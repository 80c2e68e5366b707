import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Task } from '../../api.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { queries } from '../../queries.ts';
import { RaciLegend } from './RaciLegend.tsx';
import { TaskForm } from './TaskForm.tsx';
import { TaskMatrix } from './TaskMatrix.tsx';

/**
 * The task division: who does what, as a matrix of tasks × partners with a RACI letter in each
 * cell. Everyone reads it; the coordinator adds, changes and removes tasks. It prints on its own.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const networkId = useParams().networkId ?? '';
  const network = useQuery(queries.network(networkId));
  useDocumentTitle(network.data ? `${t('tasks.heading')} – ${network.data.name}` : t('tasks.heading'));
  const isCoordinator = network.data?.myRole === 'coordinator';
  const [editing, setEditing] = useState<Task | null>(null);
  return (
    <>
      <h1>{t('tasks.heading')}</h1>
      <p className="lead">{t('tasks.intro')}</p>
      {network.data ? <p className="print-only">{network.data.name}</p> : null}
      <RaciLegend />
      <TaskMatrix networkId={networkId} canEdit={isCoordinator} onEdit={setEditing} />
      {isCoordinator ? <TaskForm key={editing?.id ?? 'new'} networkId={networkId} task={editing} onDone={() => setEditing(null)} /> : null}
    </>
  );
}
