/**
 * One scale's trend for both partners on one SVG chart (visx), drawn in the partners' colours from
 * tokens.css with a different line and marker for each, so colour is never the only difference. The SVG is
 * one image with a short summary as its name; the same data is a table one press away.
 */
import { useId, useState } from 'react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { SCALE_VALUES, type PartnerId, type ScaleDefinition, type TrendPoint, type TrendRange } from '@shared/checkins';
import { Button } from '@renderer/ui/Button';
import { periodTick } from '../checkinFormat';
import styles from './TrendCharts.module.css';
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

const WIDTH = 580;
const HEIGHT = 200;
const MARGIN = { top: 14, right: 16, bottom: 34, left: 172 };

export function TrendChart({ scale, points, partners, range, isFirstCheckin }: TrendChartProps) {
  const titleId = useId();
  const tableId = useId();
  const [isTableShown, setIsTableShown] = useState(false);
  const periods = points.map((point) => point.period);
  const x = scalePoint<string>({ domain: periods, range: [MARGIN.left, WIDTH - MARGIN.right], padding: 0.3 });
  const y = scaleLinear<number>({ domain: [1, 5], range: [HEIGHT - MARGIN.bottom, MARGIN.top] });
  const everyOther = periods.filter((_, index) => (periods.length - 1 - index) % 2 === 0);
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
        <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary(scale, points, partners, span)}>
          {SCALE_VALUES.map((value) => (
            <line key={value} className={styles.grid} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
          ))}
          <AxisLeft
            scale={y}
            left={MARGIN.left - 8}
            tickValues={[...SCALE_VALUES]}
            tickFormat={(value) => scale.words[Number(value) - 1] ?? ''}
            hideAxisLine
            hideTicks
            tickLabelProps={{ className: styles.tickLabel, textAnchor: 'end', dy: '0.32em' }}
          />
          <AxisBottom
            scale={x}
            top={HEIGHT - MARGIN.bottom + 6}
            tickValues={everyOther}
            tickFormat={periodTick}
            hideAxisLine
            hideTicks
            tickLabelProps={{ className: styles.tickLabel, textAnchor: 'middle', dy: '0.9em' }}
          />
          {partners.map((partner) => (
            <PartnerLine key={partner.id} partner={partner.id} points={points} x={(period) => x(period) ?? 0} y={y} />
          ))}
        </svg>
      )}
    </figure>
  );
}

interface PartnerLineProps {
  partner: PartnerId;
  points: readonly TrendPoint[];
  x: (period: string) => number;
  y: (value: number) => number;
}

function PartnerLine({ partner, points, x, y }: PartnerLineProps) {
  const present = points.filter((point) => point[partner] !== null);
  const tone = partner === 'a' ? styles.partnerA : styles.partnerB;
  return (
    <g className={tone}>
      <LinePath
        data={present}
        x={(point) => x(point.period)}
        y={(point) => y(point[partner] ?? 1)}
        className={partner === 'a' ? styles.line : styles.lineDashed}
      />
      {present.map((point) =>
        partner === 'a' ? (
          <circle key={point.period} className={styles.marker} cx={x(point.period)} cy={y(point[partner] ?? 1)} r={4.5} />
        ) : (
          <rect key={point.period} className={styles.marker} x={x(point.period) - 4} y={y(point[partner] ?? 1) - 4} width={8} height={8} />
        ),
      )}
    </g>
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
