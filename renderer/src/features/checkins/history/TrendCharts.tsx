/**
 * The four trend charts with their legend. Loaded on demand (React.lazy) from the history view, so the chart
 * library never weighs on the app's start-up script.
 */
import { SCALES, trendPoints, type TrendInput, type TrendRange } from '@shared/checkins';
import type { ChartPartner } from './TrendChart';
import { TrendChart } from './TrendChart';
import styles from './TrendCharts.module.css';

interface TrendChartsProps {
  inputs: readonly TrendInput[];
  partners: readonly ChartPartner[];
  range: TrendRange;
}

export default function TrendCharts({ inputs, partners, range }: TrendChartsProps) {
  const today = new Date();
  return (
    <div className={styles.charts}>
      <ul className={styles.legend} aria-label="Who is who on the charts">
        {partners.map((partner) => (
          <li key={partner.id} className={`${styles.legendItem} ${partner.id === 'a' ? styles.partnerA : styles.partnerB}`}>
            <svg className={styles.legendSwatch} viewBox="0 0 32 12" aria-hidden="true">
              <line className={partner.id === 'a' ? styles.line : styles.lineDashed} x1="2" x2="30" y1="6" y2="6" />
              {partner.id === 'a' ? <circle className={styles.marker} cx="16" cy="6" r="4" /> : <rect className={styles.marker} x="12" y="2" width="8" height="8" />}
            </svg>
            {partner.name}
          </li>
        ))}
      </ul>
      {SCALES.map((scale) => (
        <TrendChart
          key={scale.id}
          scale={scale}
          points={trendPoints(inputs, scale.id, range, today)}
          partners={partners}
          range={range}
          isFirstCheckin={inputs.length === 1}
        />
      ))}
    </div>
  );
}
