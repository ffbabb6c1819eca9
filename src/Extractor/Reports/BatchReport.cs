using System.Globalization;
using System.Text;
using Extractor.Compare;
using Extractor.Datasets;
using Extractor.Model;
using static System.Net.WebUtility;

namespace Extractor.Reports;

/// <summary>
/// report.html: a self-contained page (no scripts, no external assets) with what a batch processed and failed, check
/// outcomes, completeness per document, and the comparison of units with inline SVG charts.
/// </summary>
public static class BatchReport
{
    public const string FileName = "report.html";
    /// <summary>Units drawn in a chart at most (largest expenditure first); the tables list every unit.</summary>
    public const int MaxChartUnits = 40;

    public static void Write(string dir, BatchSummary summary, Comparison comparison) =>
        AtomicFile.WriteAllText(Path.Combine(dir, FileName), Render(summary, comparison));

    /// <summary>Amounts are shown in 万元 (yuan / 10 000) with two decimals.</summary>
    public static string Wan(decimal yuan) => (yuan / 10_000m).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Render(BatchSummary s, Comparison c)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        html.Append("<title>Extractor batch report</title><style>").Append(Css).Append("</style></head><body>");
        html.Append("<h1>Extractor batch report</h1>");
        html.Append($"<p class=\"meta\">Started {s.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC · {HtmlEncode(s.PipelineVersion)}{(s.Shard != null ? " · shard " + s.Shard : "")}</p>");

        html.Append("<section id=\"overview\"><h2>Overview</h2><div class=\"cards\">");
        Card(html, "inputs", s.Inputs);
        Card(html, "documents processed", s.DocumentsProcessed, s.DocumentsFromCache > 0 ? $"{s.DocumentsFromCache} from cache" : null);
        Card(html, "failed", s.DocumentsFailed, null, s.DocumentsFailed > 0 ? "bad" : "good");
        Card(html, "pages", s.Pages);
        Card(html, "tables", s.Tables);
        Card(html, "line items", s.LineItems);
        html.Append($"<div class=\"card\"><div class=\"n\">{s.WallSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s</div><div>wall time</div></div>");
        html.Append("</div></section>");

        html.Append("<section id=\"failures\"><h2>Failures</h2>");
        if (s.Failures.Count == 0) html.Append("<p>No input failed.</p>");
        else
        {
            html.Append("<table><thead><tr><th>document</th><th>path</th><th>kind</th><th>reason</th></tr></thead><tbody>");
            foreach (var f in s.Failures)
                html.Append($"<tr><td>{HtmlEncode(f.Document)}</td><td>{HtmlEncode(f.Path)}</td><td>{HtmlEncode(f.Kind.Text())}</td><td>{HtmlEncode(f.Reason)}</td></tr>");
            html.Append("</tbody></table>");
        }
        html.Append("</section>");

        html.Append("<section id=\"checks\"><h2>Check outcomes</h2>");
        var outcomes = new[] { "passed", "failed", "rounding" };
        html.Append(SvgCharts.GroupedBars("Check evaluations by outcome", outcomes,
            new[] { ("evaluations", (IReadOnlyList<decimal?>)outcomes.Select(o => (decimal?)s.ChecksByOutcome.GetValueOrDefault(o)).ToList()) },
            v => v.ToString("0", CultureInfo.InvariantCulture)));
        if (s.ChecksByRule.Count > 0)
        {
            html.Append("<table><thead><tr><th>rule</th><th class=\"num\">passed</th><th class=\"num\">failed</th><th class=\"num\">rounding</th></tr></thead><tbody>");
            foreach (var (rule, t) in s.ChecksByRule)
                html.Append($"<tr><td>{HtmlEncode(rule)}</td><td class=\"num\">{t.Passed}</td><td class=\"num\">{t.Failed}</td><td class=\"num\">{t.Rounding}</td></tr>");
            html.Append("</tbody></table>");
        }
        html.Append("<p>Findings by severity: ").Append(s.FindingsBySeverity.Count == 0 ? "none" :
            string.Join(", ", s.FindingsBySeverity.Select(kv => $"{HtmlEncode(kv.Key)} {kv.Value}"))).Append(".</p>");
        if (s.TablesByKind.Count > 0)
            html.Append("<p>Tables by kind: ").Append(string.Join(", ", s.TablesByKind.Select(kv => $"{HtmlEncode(kv.Key)} {kv.Value}"))).Append(".</p>");
        html.Append("</section>");

        html.Append("<section id=\"completeness\"><h2>Completeness</h2>");
        html.Append("<div class=\"wide\"><table><thead><tr><th>document</th><th>unit</th><th class=\"num\">pages</th><th class=\"num\">tables</th><th class=\"num\">expected</th><th class=\"num\">present</th><th class=\"num\">declared empty</th><th class=\"num\">missing</th><th>missing kinds</th><th class=\"num\">narrative sections</th><th class=\"num\">errors</th><th class=\"num\">warnings</th></tr></thead><tbody>");
        foreach (var u in c.Units)
        {
            string N(string k) => u.Completeness.GetValueOrDefault(k)?.ToString(CultureInfo.InvariantCulture) ?? "";
            html.Append($"<tr><td>{HtmlEncode(u.Document)}</td><td>{HtmlEncode(u.UnitName ?? "")}</td><td class=\"num\">{N("pages")}</td><td class=\"num\">{N("tables")}</td><td class=\"num\">{N("tables_expected")}</td><td class=\"num\">{N("tables_present")}</td><td class=\"num\">{N("tables_declared_empty")}</td><td class=\"num{(u.Completeness.GetValueOrDefault("tables_missing") > 0 ? " bad" : "")}\">{N("tables_missing")}</td><td>{HtmlEncode(u.MissingKinds?.Replace(";", ", ") ?? "")}</td><td class=\"num\">{N("narrative_sections")}</td><td class=\"num\">{N("findings_error")}</td><td class=\"num\">{N("findings_warning")}</td></tr>");
        }
        html.Append("</tbody></table></div></section>");

        AppendEvidence(html, s);
        AppendComparison(html, c);
        html.Append($"<footer>Amounts in {OutputText.TenThousandYuan} (10 000 yuan). Blank: not stated in the document. “from narrative”: figures no table gave, taken from the amounts the text states. Generated by Extractor.</footer></body></html>");
        return html.ToString();
    }

    /// <summary>Each document's review page and boxed PDF (extract --evidence), when any were written.</summary>
    static void AppendEvidence(StringBuilder html, BatchSummary s)
    {
        var documents = s.Documents.Where(d => d.ReviewPage != null || d.BoxedPdf != null).ToList();
        if (documents.Count == 0) return;
        html.Append("<section id=\"evidence\"><h2>Evidence</h2><p>Open a review page to see each finding on its page, confirm or dismiss it, and download the decisions for <code>extract --reviews</code>.</p>");
        html.Append("<table><thead><tr><th>document</th><th>unit</th><th>review page</th><th>boxed PDF</th></tr></thead><tbody>");
        foreach (var d in documents)
            html.Append($"<tr><td>{HtmlEncode(d.Path)}</td><td>{HtmlEncode(d.UnitName ?? "")}</td>")
                .Append($"<td>{Link(d.ReviewPage, "review")}</td><td>{Link(d.BoxedPdf, "boxed PDF")}</td></tr>");
        html.Append("</tbody></table></section>");
    }

    /// <summary>A link to a file of the output folder (a relative path, each segment URL-escaped).</summary>
    static string Link(string? relative, string text) => relative is null ? "" :
        $"<a href=\"{HtmlEncode(string.Join("/", relative.Split('/').Select(Uri.EscapeDataString)))}\">{HtmlEncode(text)}</a>";

    static void AppendComparison(StringBuilder html, Comparison c)
    {
        html.Append("<section id=\"comparison\"><h2>Comparison of units</h2>");
        if (c.Units.Count == 0) { html.Append("<p>No documents to compare.</p></section>"); return; }
        var charted = c.Units.OrderByDescending(u => u["expenditure_total_yuan"] ?? u["revenue_total_yuan"] ?? 0).Take(MaxChartUnits).ToList();
        if (c.Units.Count > charted.Count) html.Append($"<p>Charts show the {charted.Count} largest of {c.Units.Count} units by expenditure.</p>");
        var labels = charted.Select(u => u.Label).ToList();
        html.Append($"<h3>Total revenue and expenditure ({OutputText.TenThousandYuan})</h3>");
        html.Append(SvgCharts.GroupedBars("Total revenue and expenditure per unit", labels, new (string, IReadOnlyList<decimal?>)[]
        {
            ("revenue", charted.Select(u => u["revenue_total_yuan"]).ToList()),
            ("expenditure", charted.Select(u => u["expenditure_total_yuan"]).ToList()),
        }, Wan));
        html.Append($"<h3>Basic and project expenditure ({OutputText.TenThousandYuan})</h3>");
        html.Append(SvgCharts.GroupedBars("Basic and project expenditure per unit", labels, new (string, IReadOnlyList<decimal?>)[]
        {
            ("basic", charted.Select(u => u["basic_yuan"]).ToList()),
            ("project", charted.Select(u => u["project_yuan"]).ToList()),
        }, Wan));
        if (c.Classes.Count > 0)
        {
            html.Append($"<h3>Spending shares by function {OutputText.Class}</h3>");
            html.Append(SvgCharts.StackedShares("Spending shares by function class per unit",
                charted.Where(u => u.Shares.Count > 0).Select(u => (u.Label, (IReadOnlyDictionary<string, decimal>)u.Shares)).ToList(),
                c.Classes.Select(kv => (kv.Key, $"{kv.Key} {kv.Value}".Trim())).ToList()));
        }

        html.Append("<h3>Key figures</h3><div class=\"wide\"><table class=\"figures\"><thead><tr><th>unit</th><th>year</th>");
        var shown = new (string Column, string Label, bool Money)[]
        {
            ("revenue_total_yuan", "revenue", true), ("expenditure_total_yuan", "expenditure", true), ("basic_yuan", "basic", true),
            ("project_yuan", "project", true), ("personnel_yuan", "personnel", true), ("public_yuan", "public", true),
            ("three_public_yuan", OutputText.ThreePublic, true), ("outbound_yuan", $"{OutputText.Outbound}({OutputText.Border})", true), ("reception_yuan", OutputText.Reception, true),
            ("vehicles_yuan", OutputText.OfficialVehicles, true), ("operating_costs_yuan", OutputText.OperatingCosts, true), ("staff", "staff", false),
            ("cost_per_staff_yuan", "per staff", true), ("revenue_change_yuan", "revenue change", true),
            ("expenditure_change_yuan", "expenditure change", true), ("operating_costs_change_percent", $"{OutputText.OperatingCosts} change %", false),
        };
        foreach (var col in shown) html.Append($"<th class=\"num\">{HtmlEncode(col.Label)}</th>");
        html.Append("<th>from narrative</th></tr></thead><tbody>");
        foreach (var u in c.Units)
        {
            html.Append($"<tr><td title=\"{HtmlEncode(u.Document)}\">{HtmlEncode(u.Label)}</td><td>{u.FiscalYear}</td>");
            foreach (var col in shown)
            {
                var v = u[col.Column];
                var text = v is null ? "" : col.Money ? Wan(v.Value) : v.Value.ToString("0.##", CultureInfo.InvariantCulture);
                html.Append($"<td class=\"num\">{text}</td>");
            }
            html.Append($"<td>{HtmlEncode(u.FromNarrative?.Replace(";", ", ") ?? "")}</td></tr>");
        }
        html.Append("</tbody></table></div></section>");
    }

    static void Card(StringBuilder html, string label, long value, string? note = null, string? css = null) =>
        html.Append($"<div class=\"card {css}\"><div class=\"n\">{value.ToString("#,0", CultureInfo.InvariantCulture)}</div><div>{HtmlEncode(label)}</div>{(note != null ? $"<div class=\"note\">{HtmlEncode(note)}</div>" : "")}</div>");

    const string Css = """
        body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222;max-width:1200px}
        h1{margin-bottom:0}.meta{color:#666;margin-top:.2em}h2{border-bottom:2px solid #4e79a7;padding-bottom:.2em;margin-top:2em}
        .cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:110px}
        .card .n{font-size:1.6em;font-weight:600}.card.bad .n{color:#c0392b}.card.good .n{color:#2e7d32}.note{color:#666;font-size:.85em}
        table{border-collapse:collapse;margin:.8em 0;font-size:.9em}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left}
        th{background:#f3f5f8}.figures td:first-child{white-space:nowrap}td{overflow-wrap:anywhere}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}td.bad{color:#c0392b;font-weight:600}
        .wide{overflow-x:auto}.chart{display:block;margin:.5em 0}.chart .label,.chart .legend{font-size:12px;fill:#333}
        .chart .value{font-size:11px;fill:#555}.chart .na{font-size:11px;fill:#999;font-style:italic}footer{margin-top:3em;color:#777;font-size:.85em}
        """;
}
