import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

interface Props {
  partners: string[];
  claimed: (number | null)[];
  perceived: (number | null)[];
  labels: { claimed: string; perceived: string };
}

/**
 * Claimed against perceived value per partner (0–100), as paired horizontal bars in SVG. A picture
 * for sighted readers, hidden from assistive technology: the table on the page has the same numbers.
 */
export function ClaimedPerceivedChart({ partners, claimed, perceived, labels }: Props) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: ['#1d5fa8', '#b34700'],
      legend: { top: 0, textStyle: { color: '#1f2933' } },
      grid: { left: 8, right: 24, top: 36, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: '#1f2933' } },
      yAxis: { type: 'category', data: partners, inverse: true, axisLabel: { color: '#1f2933' } },
      series: [
        { type: 'bar', name: labels.claimed, data: claimed, barMaxWidth: 14 },
        { type: 'bar', name: labels.perceived, data: perceived, barMaxWidth: 14, itemStyle: { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], color: 'rgba(255,255,255,0.5)' } } },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [partners, claimed, perceived, labels]);
  return <div ref={element} className="value-chart" aria-hidden="true" />;
}
