/**
 * "History": trend charts per scale (loaded only when this view opens) over weeks or months, then the
 * timeline. Sealed answers are not in the charts: they count once they open.
 */
import { lazy, Suspense, useState } from 'react';
import { trendPoints, pointCount, type TrendInput, type TrendRange } from '@shared/checkins';
import { ChoiceCards } from '@renderer/ui/ChoiceCards';
import { isOpen, type CheckinEntry } from '../checkinEntry';
import { authorName, type PartnerNames } from '../checkinFormat';
import { otherPartner } from '../checkinViews';
import styles from './HistoryView.module.css';
import type { ChartPartner } from './TrendChart';
import { Timeline } from './Timeline';

const TrendCharts = lazy(() => import('./TrendCharts'));

export function HistoryView({ entries, names }: { entries: readonly CheckinEntry[]; names: PartnerNames }) {
  const [range, setRange] = useState<TrendRange>('weeks');
  const inputs: TrendInput[] = entries.filter(isOpen).map((entry) => ({ author: entry.author, day: entry.checkin.day, scales: entry.checkin.scales }));
  const partnerIds = names.hasPartner ? [names.viewer, otherPartner(names.viewer)] : [names.viewer];
  const partners: ChartPartner[] = partnerIds.map((id) => ({ id, name: authorName(id, names) }));
  const count = pointCount(trendPoints(inputs, 'mood', range, new Date()));

  return (
    <div className={styles.history}>
      <section className={styles.part} aria-labelledby="history-trends">
        <div className={styles.partHead}>
          <h2 id="history-trends" className={styles.partTitle}>
            How things have moved
          </h2>
          <ChoiceCards<TrendRange>
            label="Show by"
            isLabelInline
            look="segments"
            value={range}
            onChange={setRange}
            options={[
              { value: 'weeks', label: 'Weeks' },
              { value: 'months', label: 'Months' },
            ]}
          />
        </div>
        {count === 0 ? (
          <p className={styles.empty}>
            {inputs.length === 0
              ? 'Nothing to draw yet. After a few check-ins, a gentle picture of each of you appears here.'
              : `No check-ins in the last twelve ${range}.`}
          </p>
        ) : (
          <Suspense fallback={<p className={styles.empty}>Drawing the charts…</p>}>
            <TrendCharts inputs={inputs} partners={partners} range={range} />
          </Suspense>
        )}
      </section>
      <section className={styles.part} aria-labelledby="history-timeline">
        <h2 id="history-timeline" className={styles.partTitle}>
          Every check-in
        </h2>
        <Timeline entries={entries} names={names} />
      </section>
    </div>
  );
}
