using System.Diagnostics;
using System.Globalization;
using Extractor.Batch;
using Extractor.Datasets;
using Extractor.Evidence;
using Extractor.Tests.Batch;
using Extractor.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Evidence;

public class ReviewPageBrowserTests
{
    static BatchResult Extract(string input, string output, Reviews? reviews = null, bool evidence = false)
    {
        var options = new BatchOptions { OutputDir = output, Jobs = 1, PipelineVersion = "test", Evidence = evidence, Reviews = reviews };
        return new BatchRunner(options).RunAsync(InputCollector.Collect(new[] { input }, output, out _)).GetAwaiter().GetResult();
    }

    /// <summary>checks.csv as records by header name (the CSV is ours: RFC 4180, UTF-8 with BOM).</summary>
    static List<Dictionary<string, string>> Checks(string output)
    {
        var records = Reviews.ParseCsv(File.ReadAllText(Path.Combine(output, "checks.csv")).TrimStart('\uFEFF'), "checks.csv");
        return records.Skip(1).Select(r => records[0].Select((h, i) => (h, v: i < r.Count ? r[i] : "")).ToDictionary(x => x.h, x => x.v)).ToList();
    }

    [SkippableFact]
    public void AReviewerClicksAFindingSeesItsCellDismissesItAndTheNextExtractCarriesTheDecision()
    {
        Skip.IfNot(File.Exists(HeadlessChromium.Path), $"{HeadlessChromium.Path} not installed (apt-get install -y chromium): review page browser test skipped");
        var input = RepoPaths.RealFile(BoxedPdfTests.Tampered);
        using var t = new TempFolder();
        var output = t.Sub("out");
        Assert.True(Extract(input, output, evidence: true).AllProcessed);
        var summary = BatchSummary.Read(output);
        var entry = Assert.Single(summary.Documents);
        Assert.Equal("evidence/" + BoxedPdfTests.Tampered + ".review.html", entry.ReviewPage);
        Assert.Equal("evidence/" + BoxedPdfTests.Tampered + ".boxed.pdf", entry.BoxedPdf);
        var page = Path.Combine(output, entry.ReviewPage!);
        Assert.True(File.Exists(Path.Combine(output, entry.BoxedPdf!)));
        var html = File.ReadAllText(page);
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("https://", html);

        // the finding to review: the tampered 20406 项目支出 of table 3, with its box in checks.csv
        var finding = Checks(output).First(r => r["rule"] == "tree-sum" && r["severity"] == "error" && r["page"] == "11");
        var id = finding["finding_id"];
        Assert.Matches("^tree-sum-[0-9a-f]{12}$", id);
        double X0 = double.Parse(finding["x0"], CultureInfo.InvariantCulture), Y0 = double.Parse(finding["y0"], CultureInfo.InvariantCulture),
            X1 = double.Parse(finding["x1"], CultureInfo.InvariantCulture), Y1 = double.Parse(finding["y1"], CultureInfo.InvariantCulture);

        using var browser = new HeadlessChromium(t.Sub("profile"));
        var downloads = t.Sub("downloads");
        browser.AllowDownloads(downloads);
        browser.Navigate(new Uri(page).AbsoluteUri);
        Assert.Equal(0L, (long)browser.Eval("document.querySelectorAll('.hl-checked').length")!);

        browser.Click($".finding[data-id=\"{id}\"] .msg");
        // the highlighted element is the cell the finding names, drawn where its box is on the page
        var geometry = (JObject)browser.Eval("""
            (function () {
              var e = document.querySelector('svg .hl-checked'); if (!e) return null;
              var svg = e.ownerSVGElement, s = svg.getBoundingClientRect(), r = e.getBoundingClientRect();
              return { page: svg.getAttribute('data-page'), vw: svg.viewBox.baseVal.width, vh: svg.viewBox.baseVal.height,
                sl: s.left, st: s.top, sw: s.width, l: r.left, t: r.top, w: r.width, h: r.height,
                visible: r.top >= 0 && r.bottom <= window.innerHeight, parts: document.querySelectorAll('svg .hl-part').length };
            })()
            """)!;
        Assert.Equal("11", (string?)geometry["page"]);
        var scale = (double)geometry["sw"]! / (double)geometry["vw"]!;
        var height = (double)geometry["vh"]!;
        Assert.Equal((double)geometry["sl"]! + X0 * scale, (double)geometry["l"]!, 1.0);
        Assert.Equal((double)geometry["st"]! + (height - Y1) * scale, (double)geometry["t"]!, 1.0);
        Assert.Equal((X1 - X0) * scale, (double)geometry["w"]!, 1.0);
        Assert.Equal((Y1 - Y0) * scale, (double)geometry["h"]!, 1.0);
        Assert.True((bool)geometry["visible"]!, "the page scrolled to the finding's cell");
        Assert.Equal(6L, (long)geometry["parts"]!); // the six 项 rows added up

        // clicking an amount shows its line item
        browser.Click("svg .hl-checked");
        Assert.Equal("20406", (string?)browser.Eval("document.querySelector('#item [data-field=code]').textContent"));
        Assert.Equal("64840547.00", (string?)browser.Eval("document.querySelector('#item [data-field=yuan]').textContent"));

        // a finding without cells (a sentence against a table): the paragraph it is in lights up where it is printed
        var prose = Checks(output).First(r => r["rule"] == "prose-vs-table" && r["x0"].Length > 0);
        browser.Click($".finding[data-id=\"{prose["finding_id"]}\"] .msg");
        var place = (JObject)browser.Eval("""
            (function () {
              var e = document.querySelector('svg .place.hl-checked'); if (!e) return null;
              var svg = e.ownerSVGElement, s = svg.getBoundingClientRect(), r = e.getBoundingClientRect();
              return { page: svg.getAttribute('data-page'), vh: svg.viewBox.baseVal.height, sl: s.left, st: s.top,
                l: r.left, t: r.top, w: r.width, visible: r.top >= 0 && r.bottom <= window.innerHeight,
                cells: document.querySelectorAll('svg .cell.hl-checked').length };
            })()
            """)!;
        double P(string k) => double.Parse(prose[k], CultureInfo.InvariantCulture);
        Assert.Equal(prose["page"], (string?)place["page"]);
        // drawn 1 pt outside the paragraph's box
        Assert.Equal((double)place["sl"]! + (P("x0") - 1) * scale, (double)place["l"]!, 1.0);
        Assert.Equal((double)place["st"]! + ((double)place["vh"]! - P("y1") - 1) * scale, (double)place["t"]!, 1.0);
        Assert.Equal((P("x1") - P("x0") + 2) * scale, (double)place["w"]!, 1.0);
        Assert.True((bool)place["visible"]!, "the page scrolled to the paragraph");
        Assert.Equal(0L, (long)place["cells"]!); // the earlier finding's cells are cleared

        // dismiss it with a comment, and download the decisions
        browser.Click($".finding[data-id=\"{id}\"] input.dismiss");
        browser.Click($".finding[data-id=\"{id}\"] input.comment");
        browser.Type("=tampered on purpose, see table 5");
        Assert.Equal("dismissed", (string?)browser.Eval($"document.querySelector('.finding[data-id=\"{id}\"] .state').textContent"));
        browser.Click("#download");
        var csvPath = WaitForDownload(downloads);

        // the next extract with --reviews carries the decision
        var reviews = Reviews.Read(new[] { csvPath });
        Assert.Equal(1, reviews.Count);
        Assert.True(Extract(input, output, reviews).AllProcessed);
        var rows = Checks(output);
        var reviewed = Assert.Single(rows, r => r["review"].Length > 0);
        Assert.Equal(id, reviewed["finding_id"]);
        Assert.Equal("dismissed", reviewed["review"]);
        // (a CSV for Excel may guard the leading '=' so it never runs as a formula)
        Assert.EndsWith("=tampered on purpose, see table 5", reviewed["review_comment"]);
        var json = JObject.Parse(File.ReadAllText(Path.Combine(output, "documents", BoxedPdfTests.Tampered + ".json")));
        Assert.Contains(json["checks"]!, c => (string?)c["id"] == id && (string?)c["review"] == "dismissed"
                                              && (string?)c["review_comment"] == "=tampered on purpose, see table 5");
    }

    static string WaitForDownload(string dir)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var done = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.reviews.csv") : Array.Empty<string>();
            if (done.Length > 0 && new FileInfo(done[0]).Length > 0) return done[0];
            Thread.Sleep(100);
        }
        throw new TimeoutException("the decisions CSV was not downloaded");
    }
}
