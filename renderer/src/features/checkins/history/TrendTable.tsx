/** A chart's data as a table: one row per week or month, one column per partner, in words. */
import type { ScaleDefinition, TrendPoint } from '@shared/checkins';
import { periodLabel } from '../checkinFormat';
import styles from './TrendCharts.module.css';
import type { ChartPartner } from './TrendChart';
import { trendWords } from './trendWords';

interface TrendTableProps {
  id: string;
  scale: ScaleDefinition;
  points: readonly TrendPoint[];
  partners: readonly ChartPartner[];
  caption: string;
}

export function TrendTable({ id, scale, points, partners, caption }: TrendTableProps) {
  return (
    <table id={id} className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          {partners.map((partner) => (
            <th key={partner.id} scope="col">
              {partner.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...points].reverse().map((point) => (
          <tr key={point.period}>
            <th scope="row">{periodLabel(point.period)}</th>
            {partners.map((partner) => (
              <td key={partner.id}>{trendWords(scale.id, point[partner.id])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
