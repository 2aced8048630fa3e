import { Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/dashboard';
import { localized, useUiLanguage } from '../framework/language';
import { shorten } from '../recommendations/plan-options';
import { roundScore } from './dashboard-view';

/** Geometry of the drawing, in viewBox units (it scales to the width of the page). */
const WIDTH = 760;
const LABEL_WIDTH = 270;
const BAR_X = LABEL_WIDTH + 10;
const BAR_WIDTH = 360;
const ROW_HEIGHT = 50;
const TOP = 8;
const AXIS_HEIGHT = 24;
const TICKS = [0, 25, 50, 75, 100];

/**
 * Area scores as horizontal bars, 0 to 100, one row per area A–E with its name and how many
 * indicators are rated. Drawn as SVG (no chart library is installed); a screen reader gets the
 * title and one sentence per area from the description.
 */
export function AreaScoreChart({ areas }: { areas: Dashboard['areaScores'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  if (areas.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('dashboard.areas.empty')}
      </Text>
    );
  const height = TOP + areas.length * ROW_HEIGHT + AXIS_HEIGHT;
  const rows = areas.map((area) => {
    const score = roundScore(area.score);
    const name = `${area.areaCode} – ${localized(area.name, language)}`;
    const scoreText = score === null ? t('dashboard.areas.notRated') : t('dashboard.areas.score', { score });
    const rated = t('dashboard.areas.rated', { rated: area.rated, indicators: area.indicators });
    return { area, score, name, scoreText, rated };
  });
  const description = rows
    .map((row) => t('dashboard.areas.summary', { area: row.name, score: row.scoreText, rated: row.rated }))
    .join('. ');
  const x = (value: number) => BAR_X + (value / 100) * BAR_WIDTH;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      style={{ maxWidth: WIDTH, fontFamily: 'inherit', display: 'block' }}
      data-testid="area-score-chart"
    >
      <title id={`${id}-title`}>{t('dashboard.areas.chartLabel')}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {TICKS.map((tick) => (
        <g key={tick}>
          <line
            x1={x(tick)}
            x2={x(tick)}
            y1={TOP}
            y2={TOP + areas.length * ROW_HEIGHT}
            stroke="var(--mantine-color-gray-3)"
            strokeDasharray={tick === 0 ? undefined : '3 3'}
          />
          <text x={x(tick)} y={height - 6} fontSize={12} textAnchor="middle" fill="var(--mantine-color-dimmed)">
            {tick}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const y = TOP + index * ROW_HEIGHT;
        return (
          <g key={row.area.areaCode} data-area={row.area.areaCode} data-score={row.score ?? ''}>
            <title>{`${row.name}: ${row.scoreText}; ${row.rated}`}</title>
            <text x={0} y={y + 20} fontSize={14} fontWeight={600} fill="var(--mantine-color-text)">
              {shorten(row.name, 34)}
            </text>
            <text x={0} y={y + 38} fontSize={12} fill="var(--mantine-color-dimmed)">
              {row.rated}
            </text>
            <rect x={BAR_X} y={y + 12} width={BAR_WIDTH} height={22} rx={3} fill="var(--mantine-color-gray-1)" />
            {row.score !== null && (
              <rect
                x={BAR_X}
                y={y + 12}
                width={Math.max(2, (row.score / 100) * BAR_WIDTH)}
                height={22}
                rx={3}
                fill="var(--mantine-color-blue-6)"
              />
            )}
            <text
              x={BAR_X + BAR_WIDTH + 10}
              y={y + 28}
              fontSize={13}
              fontWeight={row.score === null ? 400 : 600}
              fill={row.score === null ? 'var(--mantine-color-dimmed)' : 'var(--mantine-color-text)'}
            >
              {row.scoreText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
