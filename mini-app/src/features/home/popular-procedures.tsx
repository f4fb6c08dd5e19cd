import type { ProcedureSummary } from '../../../../shared/api/procedure-api-schemas';
import { listProcedures } from '../../api/procedures-api';
import { ResourceView } from '../../components/resource-view';
import { useResource } from '../../hooks/use-resource';
import { useLanguage } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/messages';
import { ProcedureLinks } from './procedure-links';

const CATEGORY_LABELS: Record<string, MessageKey> = {
  civilStatus: 'categoryCivilStatus',
  residence: 'categoryResidence',
  business: 'categoryBusiness',
  certification: 'categoryCertification',
  healthInsurance: 'categoryHealthInsurance',
  linked: 'categoryLinked',
  other: 'categoryOther',
};

function byCategory(procedures: ProcedureSummary[]): [string, ProcedureSummary[]][] {
  const groups = new Map<string, ProcedureSummary[]>();
  for (const procedure of procedures) groups.set(procedure.category, [...(groups.get(procedure.category) ?? []), procedure]);
  return [...groups.entries()];
}

export function PopularProcedures() {
  const { t } = useLanguage();
  const procedures = useResource('all', (signal) => listProcedures(undefined, signal));
  return (
    <section className="section" aria-labelledby="popular-heading">
      <h2 id="popular-heading" className="section-title">
        {t('popular')}
      </h2>
      <ResourceView resource={procedures} lines={4}>
        {(items) =>
          byCategory(items).map(([category, group]) => {
            const label = CATEGORY_LABELS[category];
            return (
              <div key={category} className="category">
                <h3 className="category-title">{label ? t(label) : category}</h3>
                <ProcedureLinks procedures={group} />
              </div>
            );
          })
        }
      </ResourceView>
    </section>
  );
}
