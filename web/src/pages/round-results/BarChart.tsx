import { BarChart as EBarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([EBarChart, GridComponent, SVGRenderer]);

/**
 * A horizontal bar chart on a 0–100 scale, drawn as SVG. It is a picture for sighted readers:
 * hidden from assistive technology, so the page must show the same numbers in a table.
 */
export function BarChart({ labels, values }: { labels: string[]; values: (number | null)[] }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { color: '#1f2933' } },
      series: [{ type: 'bar', data: values.map((v) => v ?? 0), itemStyle: { color: '#1d5fa8' }, barMaxWidth: 28 }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [labels, values]);
  return <div ref={element} className="bar-chart" aria-hidden="true" />;
}
