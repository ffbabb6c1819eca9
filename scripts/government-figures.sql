-- Figures of the government-level family (issue 11) over an extract output folder:
--   dotnet src/Extractor.Cli/bin/Release/net10.0/Extractor.Cli.dll extract DIR_OF_GOVERNMENT_FILES --out OUT
--   sqlite3 OUT/extractor.sqlite < scripts/government-figures.sql
.mode column
.headers on
SELECT 'tables with amounts' AS what, COUNT(*) AS n,
       SUM(table_kind <> 'other') AS not_other,
       ROUND(100.0 * SUM(table_kind <> 'other') / COUNT(*), 1) AS pct_not_other
FROM tables WHERE amounts > 0;
SELECT table_kind, COUNT(*) AS tables_with_amounts FROM tables WHERE amounts > 0 GROUP BY table_kind ORDER BY 2 DESC;
SELECT 'amounts' AS what, COUNT(*) AS n, SUM(measure <> 'other') AS not_other,
       ROUND(100.0 * SUM(measure <> 'other') / COUNT(*), 1) AS pct_not_other
FROM line_items WHERE amount IS NOT NULL;
SELECT measure, COUNT(*) AS amounts FROM line_items WHERE amount IS NOT NULL GROUP BY measure ORDER BY 2 DESC;
SELECT 'documents' AS what, COUNT(*) AS n, SUM(scope IS NULL) AS without_scope,
       SUM(scope = 'government') AS government, SUM(government_level IS NULL) AS without_level FROM documents;
SELECT document, scope, government_level, government_coverage FROM documents
WHERE scope IS NULL OR scope <> 'government' OR government_level IS NULL ORDER BY document;
