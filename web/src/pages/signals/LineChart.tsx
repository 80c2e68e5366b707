import { LineChart as ELineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([ELineChart, GridComponent, LegendComponent, SVGRenderer]);

const COLOURS = ['#1d5fa8', '#b34700'];

/**
 * Lines on a 0–100 scale over the rounds, drawn as SVG. A picture for sighted readers: hidden from
 * assistive technology, so the page shows the same numbers in a table. A missing value leaves a gap.
 */
export function LineChart({ rounds, lines }: { rounds: string[]; lines: { name: string; values: (number | null)[] }[] }) {
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
      series: lines.map((line, i) => ({ type: 'line', name: line.name, data: line.values, symbol: i === 0 ? 'circle' : 'rect', symbolSize: 8, lineStyle: { width: 3, type: i === 0 ? 'solid' : 'dashed' } })),
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
