/**
 * rivalgraph/io/import/sql: the import's aggregation as one SQL query, for BigQuery and DuckDB.
 *
 * Both queries compute, with the default options (GDELT QuadClass, month periods, no
 * filters but the built-in ones), the dyad table that `rivalgraph import dyads` reads:
 * the same ties as `rivalgraph import gdelt` on the same rows. docs/import.md prints
 * these texts; a test runs the DuckDB one on a fixture and compares the ties.
 */
import { REGION_CODES } from './countries.js';

/** GDELT 2.0 column names (61); the 58-column 1.0 daily layout drops the three `*_ADM2Code`. */
export const GDELT_COLUMNS_61 = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID', 'Actor2Geo_Type', 'Actor2Geo_FullName',
  'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long',
  'Actor2Geo_FeatureID', 'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'DATEADDED', 'SOURCEURL',
] as const;

const regions = [...REGION_CODES].sort().map((r) => `'${r}'`).join(', ');

/** The part shared by both dialects, after a `rows` CTE of typed columns. */
function tail(startsWith: string, codeCheck: string, topUrls: string): string {
  return `kept AS (
  SELECT source, target, period, day, root, code, polarity, ABS(goldstein) AS g, mentions, url
  FROM rows
  WHERE day IS NOT NULL AND quad BETWEEN 1 AND 4 AND goldstein BETWEEN -10 AND 10 AND mentions IS NOT NULL
    AND root BETWEEN '01' AND '20' AND ${startsWith}(code, root) AND ${codeCheck}
    AND source IS NOT NULL AND target IS NOT NULL AND source <> target
    AND source NOT IN (${regions}) AND target NOT IN (${regions})
    AND goldstein <> 0
),
events AS (  -- one-a-day: one event per date, actors and event code
  SELECT source, target, period, polarity, root, day, code, MAX(g) AS g
  FROM kept GROUP BY source, target, period, polarity, root, day, code
),
counts AS (
  SELECT source, target, period, polarity, root, COUNT(*) AS events, SUM(g) AS abs_goldstein
  FROM events GROUP BY source, target, period, polarity, root
),
sums AS (
  SELECT source, target, period, polarity, root, SUM(mentions) AS mentions, SUM(mentions * g) AS weighted_abs_goldstein
  FROM kept GROUP BY source, target, period, polarity, root
),
urls AS (
  SELECT source, target, period, polarity, root, url, MAX(mentions) AS score
  FROM kept WHERE ${startsWith}(url, 'http://') OR ${startsWith}(url, 'https://')
  GROUP BY source, target, period, polarity, root, url
),
top_urls AS (
  SELECT source, target, period, polarity, root, ${topUrls} AS top_urls
  FROM urls GROUP BY source, target, period, polarity, root
)
SELECT c.source, c.target, c.period, c.polarity, c.root, c.events, c.abs_goldstein,
       s.mentions, s.weighted_abs_goldstein, COALESCE(t.top_urls, '') AS top_urls
FROM counts AS c
JOIN sums AS s USING (source, target, period, polarity, root)
LEFT JOIN top_urls AS t USING (source, target, period, polarity, root)
ORDER BY source, target, period, polarity, root`;
}

/**
 * DuckDB: the dyad table from raw GDELT files (61 columns; pass 58 for 1.0 daily files).
 * `files` is a DuckDB list or glob literal, e.g. `'events/*.export.CSV'`.
 */
export function duckdbDyadsSql(files: string, columns: 58 | 61 = 61): string {
  const names = columns === 61 ? GDELT_COLUMNS_61 : GDELT_COLUMNS_61.filter((c) => !c.endsWith('_ADM2Code'));
  return `WITH raw AS (
  SELECT * FROM read_csv(${files}, delim = '\\t', header = false, quote = '', escape = '',
    all_varchar = true, ignore_errors = true,
    names = [${names.map((n) => `'${n}'`).join(', ')}])
),
rows AS (
  SELECT
    CAST(TRY_STRPTIME(SQLDATE, '%Y%m%d') AS DATE) AS day,
    STRFTIME(TRY_STRPTIME(SQLDATE, '%Y%m%d'), '%Y-%m') AS period,
    COALESCE(NULLIF(Actor1CountryCode, ''), NULLIF(Actor1KnownGroupCode, '')) AS source,
    COALESCE(NULLIF(Actor2CountryCode, ''), NULLIF(Actor2KnownGroupCode, '')) AS target,
    LPAD(EventRootCode, 2, '0') AS root,
    CASE WHEN STARTS_WITH(EventCode, LPAD(EventRootCode, 2, '0')) THEN EventCode ELSE '0' || EventCode END AS code,
    TRY_CAST(QuadClass AS INTEGER) AS quad,
    CASE WHEN TRY_CAST(QuadClass AS INTEGER) <= 2 THEN 'cooperation' ELSE 'conflict' END AS polarity,
    TRY_CAST(GoldsteinScale AS DOUBLE) AS goldstein,
    TRY_CAST(NumMentions AS BIGINT) AS mentions,
    SOURCEURL AS url
  FROM raw
),
${tail('STARTS_WITH', "REGEXP_FULL_MATCH(code, '[0-9]{2,4}')", "STRING_AGG(url, ' ' ORDER BY score DESC, url) FILTER (WHERE rank <= 3)").replace(
    'FROM urls GROUP BY',
    'FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY source, target, period, polarity, root ORDER BY score DESC, url) AS rank FROM urls) GROUP BY',
  )}`;
}

/** BigQuery: the dyad table over the whole GDELT 2.0 archive (`gdelt-bq.gdeltv2.events`). */
export const BIGQUERY_DYADS_SQL = `WITH rows AS (
  SELECT
    SAFE.PARSE_DATE('%Y%m%d', CAST(SQLDATE AS STRING)) AS day,
    FORMAT_DATE('%Y-%m', SAFE.PARSE_DATE('%Y%m%d', CAST(SQLDATE AS STRING))) AS period,
    COALESCE(NULLIF(Actor1CountryCode, ''), NULLIF(Actor1KnownGroupCode, '')) AS source,
    COALESCE(NULLIF(Actor2CountryCode, ''), NULLIF(Actor2KnownGroupCode, '')) AS target,
    LPAD(EventRootCode, 2, '0') AS root,
    IF(STARTS_WITH(EventCode, LPAD(EventRootCode, 2, '0')), EventCode, CONCAT('0', EventCode)) AS code,
    QuadClass AS quad,
    IF(QuadClass <= 2, 'cooperation', 'conflict') AS polarity,
    GoldsteinScale AS goldstein,
    NumMentions AS mentions,
    SOURCEURL AS url
  FROM \`gdelt-bq.gdeltv2.events\`
  -- add filters here, e.g. WHERE SQLDATE BETWEEN 20150101 AND 20211231
),
${tail('STARTS_WITH', "REGEXP_CONTAINS(code, r'^[0-9]{2,4}$')", "ARRAY_TO_STRING(ARRAY_AGG(url ORDER BY score DESC, url LIMIT 3), ' ')")}`;
