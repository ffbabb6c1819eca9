using System.Diagnostics;
using Extractor.Batch;
using Extractor.Model;
using Extractor.Reports;
using Extractor.Tests.Batch;

namespace Extractor.Tests.Reports;

public class BatchReportTests
{
    const string Chromium = "/usr/bin/chromium";

    static string WriteBatch(TempFolder t)
    {
        t.File("in/a.txt", SampleDocuments.Recipe("甲单位", 259.10m, 200m, 59.10m));
        t.File("in/b.txt", SampleDocuments.Recipe("乙单位", 100m, 60m, 40m));
        t.File("in/empty.txt", "");
        var options = new BatchOptions { OutputDir = t.Sub("out"), Jobs = 2, PipelineVersion = "test", Process = SampleDocuments.Process };
        new BatchRunner(options).RunAsync(InputCollector.Collect(new[] { t.Sub("in") }, options.OutputDir, out _)).GetAwaiter().GetResult();
        return Path.Combine(t.Sub("out"), BatchReport.FileName);
    }

    [Fact]
    public void TheReportIsSelfContainedAndShowsTheFiguresAndFailures()
    {
        using var t = new TempFolder();
        var html = File.ReadAllText(WriteBatch(t));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
        Assert.Contains("empty file (0 bytes)", html);
        Assert.Contains("甲单位", html);
        Assert.Contains("259.10", html);                 // revenue of 甲单位 in 万元
        Assert.Contains("12.68", html);                  // 机关运行经费
        Assert.Contains("<svg", html);
        Assert.Contains("一般公共服务支出", html);           // function 类 legend
    }

    [Fact]
    public void WanShowsYuanAsTenThousandsWithTwoDecimals() => Assert.Equal("1,234.56", BatchReport.Wan(12_345_600m));

    [SkippableFact]
    public void TheReportRendersInHeadlessChromiumWithoutConsoleErrors()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} not installed (apt-get install -y chromium): browser rendering test skipped");
        using var t = new TempFolder();
        var report = WriteBatch(t);
        var profile = t.Sub("chromium-profile");
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                     "--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(report).AbsoluteUri })
            start.ArgumentList.Add(a);
        using var browser = Process.Start(start)!;
        var stderr = browser.StandardError.ReadToEndAsync();
        var dom = browser.StandardOutput.ReadToEnd();
        Assert.True(browser.WaitForExit(120_000), "chromium did not finish");
        var log = stderr.Result;

        Assert.Contains("Extractor batch report", dom);
        Assert.Contains("甲单位", dom);
        Assert.Contains("259.10", dom);
        Assert.Contains("empty file (0 bytes)", dom);
        Assert.Contains("<svg", dom);
        var consoleErrors = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.OrdinalIgnoreCase) || l.Contains("Uncaught")).ToList();
        Assert.True(consoleErrors.Count == 0, "console output: " + string.Join("\n", consoleErrors));
    }
}
