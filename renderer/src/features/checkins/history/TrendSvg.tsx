/**
 * One scale's trend for both partners as an SVG (visx): the drawing the History screen shows and the PDF
 * export prints, so both draw the same chart. It knows nothing of where it is shown: the caller passes the
 * class names that colour it (CSS modules on screen, the print stylesheet's plain classes in a PDF).
 */
import { AxisBottom, AxisLeft } from '@visx/axis';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { SCALE_VALUES, type PartnerId, type ScaleDefinition, type TrendPoint } from '@shared/checkins';
import { periodTick } from '../checkinFormat';

/** The class names a chart is drawn with; a partner's line, markers and legend take `--tone` from theirs. */
export interface TrendSvgClasses {
  chart: string;
  grid: string;
  tickLabel: string;
  partnerA: string;
  partnerB: string;
  line: string;
  lineDashed: string;
  marker: string;
}

interface TrendSvgProps {
  scale: ScaleDefinition;
  points: readonly TrendPoint[];
  partners: readonly PartnerId[];
  classes: TrendSvgClasses;
  /** The chart's name for a screen reader (a short summary). */
  label: string;
}

export const TREND_SVG_WIDTH = 580;
const HEIGHT = 200;
const MARGIN = { top: 14, right: 16, bottom: 34, left: 172 };
/** About this many period labels fit under the chart; more periods label every second, third… */
const MAX_TICKS = 12;

export function TrendSvg({ scale, points, partners, classes, label }: TrendSvgProps) {
  const periods = points.map((point) => point.period);
  const x = scalePoint<string>({ domain: periods, range: [MARGIN.left, TREND_SVG_WIDTH - MARGIN.right], padding: 0.3 });
  const y = scaleLinear<number>({ domain: [1, 5], range: [HEIGHT - MARGIN.bottom, MARGIN.top] });
  const step = Math.max(2, Math.ceil(periods.length / MAX_TICKS));
  // Always label the newest period, then every `step` back from it.
  const ticks = periods.filter((_, index) => (periods.length - 1 - index) % step === 0);
  return (
    <svg className={classes.chart} viewBox={`0 0 ${TREND_SVG_WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {SCALE_VALUES.map((value) => (
        <line key={value} className={classes.grid} x1={MARGIN.left} x2={TREND_SVG_WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
      ))}
      <AxisLeft
        scale={y}
        left={MARGIN.left - 8}
        tickValues={[...SCALE_VALUES]}
        tickFormat={(value) => scale.words[Number(value) - 1] ?? ''}
        hideAxisLine
        hideTicks
        tickLabelProps={{ className: classes.tickLabel, textAnchor: 'end', dy: '0.32em' }}
      />
      <AxisBottom
        scale={x}
        top={HEIGHT - MARGIN.bottom + 6}
        tickValues={ticks}
        tickFormat={periodTick}
        hideAxisLine
        hideTicks
        tickLabelProps={{ className: classes.tickLabel, textAnchor: 'middle', dy: '0.9em' }}
      />
      {partners.map((partner) => (
        <PartnerLine key={partner} partner={partner} points={points} x={(period) => x(period) ?? 0} y={y} classes={classes} />
      ))}
    </svg>
  );
}

interface PartnerLineProps {
  partner: PartnerId;
  points: readonly TrendPoint[];
  x: (period: string) => number;
  y: (value: number) => number;
  classes: TrendSvgClasses;
}

function PartnerLine({ partner, points, x, y, classes }: PartnerLineProps) {
  const present = points.filter((point) => point[partner] !== null);
  return (
    <g className={partner === 'a' ? classes.partnerA : classes.partnerB}>
      <LinePath
        data={present}
        x={(point) => x(point.period)}
        y={(point) => y(point[partner] ?? 1)}
        className={partner === 'a' ? classes.line : classes.lineDashed}
      />
      {present.map((point) =>
        partner === 'a' ? (
          <circle key={point.period} className={classes.marker} cx={x(point.period)} cy={y(point[partner] ?? 1)} r={4.5} />
        ) : (
          <rect key={point.period} className={classes.marker} x={x(point.period) - 4} y={y(point[partner] ?? 1) - 4} width={8} height={8} />
        ),
      )}
    </g>
  );
}
