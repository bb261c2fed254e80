// Items per year as an SVG bar chart, with the same numbers in a table for screen readers.
import {useTranslations} from 'next-intl'
import type {YearCount} from '@/lib/content/reads/facets'

const BAR_SLOT = 56
const CHART_HEIGHT = 160
const TOP = 24
const BOTTOM = 28

export function ItemsPerYearChart({name, perYear}: {name: string; perYear: YearCount[]}) {
  const t = useTranslations()
  if (perYear.length === 0) return null
  const max = Math.max(1, ...perYear.map((entry) => entry.count))
  const width = Math.max(BAR_SLOT * 4, perYear.length * BAR_SLOT)
  const height = TOP + CHART_HEIGHT + BOTTOM
  const summary = t('chart.summary', {name, first: perYear[0]!.year, last: perYear.at(-1)!.year})
  return (
    <section aria-labelledby="chart-heading" className="mt-8">
      <h2 id="chart-heading" className="text-2xl font-bold">
        {t('chart.heading')}
      </h2>
      <figure className="mt-4 max-w-2xl print:max-w-md">
        <svg
          role="img"
          aria-labelledby="chart-title"
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full"
          style={{maxWidth: `${width * 1.5}px`}}
        >
          <title id="chart-title">{summary}</title>
          <line x1={0} x2={width} y1={TOP + CHART_HEIGHT} y2={TOP + CHART_HEIGHT} stroke="#475569" strokeWidth={1} />
          {perYear.map((entry, index) => {
            const barHeight = (entry.count / max) * CHART_HEIGHT
            const x = index * BAR_SLOT + BAR_SLOT * 0.2
            const barWidth = BAR_SLOT * 0.6
            return (
              <g key={entry.year} aria-hidden="true">
                <rect x={x} y={TOP + CHART_HEIGHT - barHeight} width={barWidth} height={barHeight} fill="#1e40af" />
                <text x={x + barWidth / 2} y={TOP + CHART_HEIGHT - barHeight - 6} textAnchor="middle" fontSize={14} fill="#0f172a">
                  {entry.count}
                </text>
                <text x={x + barWidth / 2} y={TOP + CHART_HEIGHT + 20} textAnchor="middle" fontSize={13} fill="#334155">
                  {entry.year}
                </text>
              </g>
            )
          })}
        </svg>
        <table className="sr-only">
          <caption>{t('chart.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.year')}</th>
              <th scope="col">{t('chart.items')}</th>
            </tr>
          </thead>
          <tbody>
            {perYear.map((entry) => (
              <tr key={entry.year}>
                <th scope="row">{entry.year}</th>
                <td>{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  )
}
