/**
 * One scale's trend for both partners on one SVG chart (TrendSvg, visx), drawn in the partners' colours from
 * tokens.css with a different line and marker for each, so colour is never the only difference. The SVG is
 * one image with a short summary as its name; the same data is a table one press away.
 */
import { useId, useState } from 'react';
import { type PartnerId, type ScaleDefinition, type TrendPoint, type TrendRange } from '@shared/checkins';
import { Button } from '@renderer/ui/Button';
import styles from './TrendCharts.module.css';
import { TrendSvg, type TrendSvgClasses } from './TrendSvg';
import { TrendTable } from './TrendTable';
import { trendWords } from './trendWords';

export interface ChartPartner {
  id: PartnerId;
  name: string;
}

interface TrendChartProps {
  scale: ScaleDefinition;
  points: readonly TrendPoint[];
  partners: readonly ChartPartner[];
  range: TrendRange;
  /** Only one check-in has ever been made. */
  isFirstCheckin: boolean;
}

const SCREEN_CHART_CLASSES: TrendSvgClasses = {
  chart: styles.chart!,
  grid: styles.grid!,
  tickLabel: styles.tickLabel!,
  partnerA: styles.partnerA!,
  partnerB: styles.partnerB!,
  line: styles.line!,
  lineDashed: styles.lineDashed!,
  marker: styles.marker!,
};

export function TrendChart({ scale, points, partners, range, isFirstCheckin }: TrendChartProps) {
  const titleId = useId();
  const tableId = useId();
  const [isTableShown, setIsTableShown] = useState(false);
  const span = range === 'weeks' ? 'the last 12 weeks' : 'the last 12 months';
  const counts = partners.map((partner) => points.filter((point) => point[partner.id] !== null).length);
  const startHint = lineStartHint(counts, range, isFirstCheckin);

  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption className={styles.figureHead}>
        <h3 id={titleId} className={styles.chartTitle}>
          {scale.label}
        </h3>
        <Button onPress={() => setIsTableShown((shown) => !shown)} aria-expanded={isTableShown} aria-controls={tableId}>
          {isTableShown ? 'Show as chart' : 'Show as table'}
        </Button>
      </figcaption>
      {startHint ? <p className={styles.hint}>{startHint}</p> : null}
      {isTableShown ? (
        <TrendTable id={tableId} scale={scale} points={points} partners={partners} caption={`${scale.label} over ${span}`} />
      ) : (
        <TrendSvg
          scale={scale}
          points={points}
          partners={partners.map((partner) => partner.id)}
          classes={SCREEN_CHART_CLASSES}
          label={summary(scale, points, partners, span)}
        />
      )}
    </figure>
  );
}

/** While no partner has two points there is no line yet: say so kindly rather than show lone dots. */
function lineStartHint(counts: readonly number[], range: TrendRange, isFirstCheckin: boolean): string | null {
  if (Math.max(...counts) !== 1) return null;
  if (isFirstCheckin) return 'One check-in so far — the line starts with the next one.';
  const period = range === 'weeks' ? 'week' : 'month';
  return counts.filter((count) => count === 1).length === 1
    ? `One ${period} so far — the line starts with the next one.`
    : `One ${period} so far — the lines start with the next one.`;
}

function summary(scale: ScaleDefinition, points: readonly TrendPoint[], partners: readonly ChartPartner[], span: string): string {
  const lines = partners.map((partner) => {
    const answered = points.filter((point) => point[partner.id] !== null);
    const last = answered.at(-1);
    return last ? `${partner.name}: most recently ${trendWords(scale.id, last[partner.id])}` : `${partner.name}: no check-ins yet`;
  });
  return `${scale.label} over ${span}. ${lines.join('. ')}.`;
}
