import { CustomChart, LineChart as ELineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([ELineChart, CustomChart, GridComponent, LegendComponent, SVGRenderer]);

type Range = { low: number; high: number } | null | undefined;
const CAP = 5;

const COLOURS = ['#1d5fa8', '#b34700'];

/**
 * Lines on a 0–100 scale over the rounds, drawn as SVG. A picture for sighted readers: hidden from
 * assistive technology, so the page shows the same numbers in a table. A missing value leaves a gap.
 * Each point's 95 % interval is drawn as a whisker in its line's colour (DESIGN §5.9).
 */
export function LineChart({ rounds, lines }: { rounds: string[]; lines: { name: string; values: (number | null)[]; ranges?: Range[] }[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: COLOURS,
      legend: { top: 0, textStyle: { color: '#1f2933' } },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rounds, axisLabel: { color: '#1f2933' } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: '#1f2933' } },
      series: [
        ...lines.map((line, i) => ({ type: 'line', name: line.name, data: line.values, symbol: i === 0 ? 'circle' : 'rect', symbolSize: 8, lineStyle: { width: 3, type: i === 0 ? 'solid' : 'dashed' } })),
        ...lines.map((line, i) => ({
          type: 'custom',
          name: line.name,
          data: (line.ranges ?? []).flatMap((r, x) => (r ? [[x, r.low, r.high]] : [])),
          encode: { x: 0, y: [1, 2] },
          z: 5,
          renderItem: (_: unknown, api: { value: (i: number) => number; coord: (p: [number, number]) => [number, number] }) => {
            // Side by side when two lines share a round, so their whiskers do not hide each other.
            const [x, y1] = api.coord([api.value(0), api.value(1)]);
            const [, y2] = api.coord([api.value(0), api.value(2)]);
            const at = x + (i === 0 ? -4 : 4);
            const style = { stroke: COLOURS[i % COLOURS.length], lineWidth: 1.5 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1: at, y1, x2: at, y2 }, style },
                { type: 'line', shape: { x1: at - CAP, y1, x2: at + CAP, y2: y1 }, style },
                { type: 'line', shape: { x1: at - CAP, y1: y2, x2: at + CAP, y2 }, style },
              ],
            };
          },
        })),
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rounds, lines]);
  return <div ref={element} className="line-chart" aria-hidden="true" />;
}
