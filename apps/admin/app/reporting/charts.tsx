// Server-rendered SVG charts (visx: scales and shapes only, no measuring, no animation), so the page shows
// them without JavaScript. Each chart is an image with a short name; the figures themselves follow in a
// table, which is what assistive technologies read. Colours and type are in dashboards.css and positions
// are rounded to a tenth: a dashboard draws hundreds of these elements, each written into the page.
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { Fragment, useId } from 'react';

/** A coordinate to a tenth of a unit: finer is invisible at any size the chart is shown. */
const at = (value: number) => Math.round(value * 10) / 10;

export interface ChartDatum {
  key: string;
  label: string;
  value: number;
}

interface ChartProps {
  /** What the image shows, for screen readers (the table after it gives the figures). */
  title: string;
  data: readonly ChartDatum[];
  formatValue: (value: number) => string;
}

/** Vertical bars over time (one per month). */
export function ColumnChart({ title, data, formatValue }: ChartProps) {
  const titleId = useId();
  const width = 640;
  const height = 240;
  const margin = { top: 16, right: 8, bottom: 36, left: 48 };
  const max = Math.max(1, ...data.map((d) => d.value));
  const x = scaleBand({
    domain: data.map((d) => d.key),
    range: [margin.left, width - margin.right],
    padding: 0.2,
  });
  const y = scaleLinear({ domain: [0, max], range: [height - margin.bottom, margin.top], nice: true });
  // Every label when they fit, else one in two or three.
  const labelEvery = Math.ceil(data.length / 12);
  return (
    <svg
      className="rf-chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{title}</title>
      {y.ticks(4).map((tick) => (
        <Fragment key={tick}>
          <line
            className="rf-chart__grid"
            x1={margin.left}
            x2={width - margin.right}
            y1={at(y(tick))}
            y2={at(y(tick))}
          />
          <text className="rf-chart__end" x={margin.left - 6} y={at(y(tick))} dy="0.32em">
            {formatValue(tick)}
          </text>
        </Fragment>
      ))}
      {data.map((d, i) => {
        const barX = x(d.key) ?? 0;
        const barY = y(d.value);
        return (
          <Fragment key={d.key}>
            <Bar
              className="rf-chart__bar"
              x={at(barX)}
              y={at(barY)}
              width={at(x.bandwidth())}
              height={at(height - margin.bottom - barY)}
            />
            {i % labelEvery === 0 ? (
              <text
                className="rf-chart__middle"
                x={at(barX + x.bandwidth() / 2)}
                y={height - margin.bottom + 16}
              >
                {d.label}
              </text>
            ) : null}
          </Fragment>
        );
      })}
    </svg>
  );
}

/** Horizontal bars, one per category, labelled and valued. */
export function BarChart({ title, data, formatValue }: ChartProps) {
  const titleId = useId();
  const width = 640;
  const row = 24;
  const labelWidth = 250;
  const valueWidth = 60;
  const height = Math.max(row, data.length * row) + 8;
  const max = Math.max(1, ...data.map((d) => d.value));
  const x = scaleLinear({ domain: [0, max], range: [0, width - labelWidth - valueWidth] });
  return (
    <svg
      className="rf-chart rf-chart--bars"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={titleId}>{title}</title>
      {data.map((d, i) => {
        const top = 4 + i * row;
        return (
          <Fragment key={d.key}>
            <text className="rf-chart__end" x={labelWidth - 8} y={top + row / 2} dy="0.32em">
              {d.label.length > 38 ? `${d.label.slice(0, 37)}…` : d.label}
            </text>
            <Bar
              className="rf-chart__bar"
              x={labelWidth}
              y={top + 4}
              width={at(x(d.value))}
              height={row - 8}
            />
            <text x={at(labelWidth + x(d.value) + 6)} y={top + row / 2} dy="0.32em">
              {formatValue(d.value)}
            </text>
          </Fragment>
        );
      })}
    </svg>
  );
}
