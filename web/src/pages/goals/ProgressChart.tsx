import { LineChart as ELineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([ELineChart, GridComponent, MarkLineComponent, SVGRenderer]);

/**
 * The indicator's measured values over time with the target as a dashed line. A picture for
 * sighted readers, hidden from assistive technology: the table beside it holds the same numbers.
 */
export function ProgressChart({ days, values, target, targetLabel }: { days: string[]; values: number[]; target: number; targetLabel: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    const top = Math.max(target, ...values);
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 48, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: days, axisLabel: { color: '#1f2933' } },
      yAxis: { type: 'value', min: 0, max: Math.ceil(top * 1.1), axisLabel: { color: '#1f2933' } },
      series: [
        {
          type: 'line',
          data: values,
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { width: 3, color: '#1d5fa8' },
          itemStyle: { color: '#1d5fa8' },
          markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#b34700', width: 2 }, label: { formatter: targetLabel, color: '#1f2933' }, data: [{ yAxis: target }] },
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [days, values, target, targetLabel]);
  return <div ref={element} className="progress-chart" aria-hidden="true" />;
}
