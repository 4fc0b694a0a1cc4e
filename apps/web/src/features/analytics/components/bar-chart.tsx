// The palette itself: the build's `fr.colors` only gives the theme colour (vite-dsfr-lean-colors).
import { colors } from '@codegouvfr/react-dsfr/fr/colors';
import { useIsDark } from '@codegouvfr/react-dsfr/useIsDark';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLanguage } from '../../../i18n/language';
import { formatRate } from '../period';

/** A row of a chart: a category and its figures. */
export type ChartRow = Record<string, unknown>;
export type ChartSeries = { key: string; name: string };

type SimpleBarChartProps = {
  rows: ChartRow[];
  /** The field naming each bar (a day, a zone, an administration). */
  categoryKey: string;
  series: ChartSeries[];
  /** Rates (0–1) read as percentages; counts as they are. */
  isRate?: boolean;
  /** Bars across (categories on the vertical axis): long names, few categories. */
  isHorizontal?: boolean;
  height?: number;
};

/**
 * A bar chart drawn by Recharts in the DSFR's colours. It is a picture for those who see it: the
 * same figures are in the table that follows it, which screen readers read instead.
 */
export function SimpleBarChart({
  rows,
  categoryKey,
  series,
  isRate = false,
  isHorizontal = false,
  height = 280,
}: SimpleBarChartProps) {
  const { isDark } = useIsDark();
  const language = useLanguage();
  const { options, decisions } = colors.getHex({ isDark });
  const palette = [
    decisions.artwork.major.blueFrance.default,
    options.blueFrance.main525.default,
    options.greenMenthe.main548.default,
  ];
  const axisColor = decisions.text.mention.grey.default;
  const format = (value: unknown) =>
    typeof value === 'number'
      ? isRate
        ? formatRate(value, language)
        : String(value)
      : String(value);
  const categoryAxis = {
    dataKey: categoryKey,
    tick: { fill: axisColor, fontSize: 12 },
    stroke: axisColor,
  };
  const valueAxis = {
    tickFormatter: format,
    tick: { fill: axisColor, fontSize: 12 },
    stroke: axisColor,
    allowDecimals: isRate,
    ...(isRate && { domain: [0, 1] as [number, number] }),
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={rows}
        layout={isHorizontal ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 8, left: isHorizontal ? 24 : 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke={decisions.border.default.grey.default} />
        {isHorizontal ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" width={120} {...categoryAxis} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} />
            <YAxis {...valueAxis} width={56} />
          </>
        )}
        <Tooltip formatter={format} />
        {series.length > 1 && <Legend />}
        {series.map((item, index) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.name}
            fill={palette[index % palette.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
