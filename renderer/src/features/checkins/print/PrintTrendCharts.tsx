/**
 * The check-in trend charts as a printed export shows them: the History screen's own chart (TrendSvg) for
 * each scale over the export's periods, with a legend, drawn with the print stylesheet's plain class names
 * (`PRINT_CHART_CLASSES`, which the export's stylesheet colours). Static: no buttons, no state, so it can be
 * rendered to markup. Loaded on demand through `loadPrintTrendCharts` (index.ts), keeping visx off Today.
 */
import { SCALES, trendPointsOver, type PartnerId, type TrendInput, type TrendRange } from '@shared/checkins';
import { TrendSvg, type TrendSvgClasses } from '../history/TrendSvg';
import { trendWords } from '../history/trendWords';

export const PRINT_CHART_CLASSES: TrendSvgClasses = {
  chart: 'chart',
  grid: 'chart-grid',
  tickLabel: 'chart-tick',
  partnerA: 'tone-a',
  partnerB: 'tone-b',
  line: 'chart-line',
  lineDashed: 'chart-line dashed',
  marker: 'chart-marker',
};

export interface PrintChartPartner {
  id: PartnerId;
  name: string;
}

interface PrintTrendChartsProps {
  inputs: readonly TrendInput[];
  partners: readonly PrintChartPartner[];
  range: TrendRange;
  periods: readonly string[];
}

export function PrintTrendCharts({ inputs, partners, range, periods }: PrintTrendChartsProps) {
  return (
    <div className="charts">
      <ul className="chart-legend">
        {partners.map((partner) => (
          <li key={partner.id} className={partner.id === 'a' ? 'tone-a' : 'tone-b'}>
            <svg className="legend-swatch" viewBox="0 0 32 12" aria-hidden="true">
              <line className={partner.id === 'a' ? 'chart-line' : 'chart-line dashed'} x1="2" x2="30" y1="6" y2="6" />
              {partner.id === 'a' ? <circle className="chart-marker" cx="16" cy="6" r="4" /> : <rect className="chart-marker" x="12" y="2" width="8" height="8" />}
            </svg>
            {partner.name}
          </li>
        ))}
      </ul>
      {SCALES.map((scale) => {
        const points = trendPointsOver(inputs, scale.id, range, periods);
        const latest = partners.map((partner) => {
          const last = points.filter((point) => point[partner.id] !== null).at(-1);
          return `${partner.name}: ${last ? `most recently ${trendWords(scale.id, last[partner.id])}` : 'no check-ins'}`;
        });
        return (
          <figure key={scale.id} className="chart-figure">
            <h3>{scale.label}</h3>
            <TrendSvg
              scale={scale}
              points={points}
              partners={partners.map((partner) => partner.id)}
              classes={PRINT_CHART_CLASSES}
              label={`${scale.label}. ${latest.join('. ')}.`}
            />
            <figcaption>{latest.join(' · ')}</figcaption>
          </figure>
        );
      })}
    </div>
  );
}
