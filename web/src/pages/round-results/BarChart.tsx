import { BarChart as EBarChart, CustomChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([EBarChart, CustomChart, GridComponent, SVGRenderer]);

type Range = { low: number; high: number } | null | undefined;

const WHISKER = '#1f2933';
const CAP = 6;

/**
 * A horizontal bar chart on a 0–100 scale, drawn as SVG, with each bar's 95 % interval as a
 * whisker (DESIGN §5.9). It is a picture for sighted readers: hidden from assistive technology,
 * so the page must show the same numbers and ranges in a table.
 */
export function BarChart({ labels, values, ranges = [] }: { labels: string[]; values: (number | null)[]; ranges?: Range[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    const whiskers = ranges.flatMap((r, i) => (r ? [[i, r.low, r.high]] : []));
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { color: '#1f2933' } },
      series: [
        { type: 'bar', data: values.map((v) => v ?? 0), itemStyle: { color: '#1d5fa8' }, barMaxWidth: 28 },
        {
          type: 'custom',
          data: whiskers,
          z: 10,
          encode: { x: [1, 2], y: 0 },
          renderItem: (_: unknown, api: { value: (i: number) => number; coord: (p: [number, number]) => [number, number] }) => {
            const [x1, y] = api.coord([api.value(1), api.value(0)]);
            const [x2] = api.coord([api.value(2), api.value(0)]);
            const style = { stroke: WHISKER, lineWidth: 1.5 };
            return {
              type: 'group',
              children: [
                { type: 'line', shape: { x1, y1: y, x2, y2: y }, style },
                { type: 'line', shape: { x1, y1: y - CAP, x2: x1, y2: y + CAP }, style },
                { type: 'line', shape: { x1: x2, y1: y - CAP, x2, y2: y + CAP }, style },
              ],
            };
          },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [labels, values, ranges]);
  return <div ref={element} className="bar-chart" aria-hidden="true" />;
}
