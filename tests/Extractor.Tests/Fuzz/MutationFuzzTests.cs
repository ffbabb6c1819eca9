using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Extractor.Pipeline;
using Extractor.Sources;
using Extractor.Tests.Formats;
using Extractor.Tests.Support;
using Xunit.Abstractions;

namespace Extractor.Tests.Fuzz;

/// <summary>
/// Deterministic mutation fuzzing of the whole pipeline: bundled budget files (the seed text, its HTML, XLSX and PDF
/// versions, the generated test PDFs, a generated .docx) are mutated with fixed seeds, at the byte level and, for the
/// Office formats, inside their XML parts, then rezipped. Every mutated input must end in a document or a named
/// failure (<see cref="BadInputException"/>), never in another exception and never past the document time limit.
/// A failure prints the format and mutation number; <see cref="Mutate"/> reproduces the input exactly.
/// </summary>
public class MutationFuzzTests(ITestOutputHelper output)
{
    /// <summary>Mutated inputs per seed file, by format (≥ 2,000 in total).</summary>
    static readonly (string Format, int PerSeed)[] Plan = { ("text", 300), ("html", 600), ("xlsx", 300), ("docx", 600), ("pdf", 25) };

    /// <summary>The document time limit the batch applies by default (a hang past it fails the test). It is not a
    /// speed target: a loaded machine can make a mutated PDF take many seconds, and only a hang should fail.</summary>
    static readonly TimeSpan Limit = new Extractor.Batch.BatchOptions().Timeout;

    static IEnumerable<(string Format, string Path)> Seeds()
    {
        yield return ("text", RepoPaths.Seed);
        var three = Path.Combine(RepoPaths.Corpus, "three-formats", "jingdezhen-12345-hotline-2025-budget-tables");
        yield return ("html", three + ".html");
        yield return ("xlsx", three + ".xlsx");
        yield return ("docx", SeedDocx());
        foreach (var pdf in Directory.GetFiles(Path.Combine(RepoPaths.TestData, "pdf"), "*.pdf").Order(StringComparer.Ordinal))
            yield return ("pdf", pdf);
    }

    static string SeedDocx() => new DocxBuilder()
        .Heading("景德镇市12345政务服务便民热线管理中心2025年单位预算")
        .Paragraph("单位支出汇总表")
        .Paragraph("填报单位[166003]景德镇市12345政务服务便民热线管理中心", "单位：万元")
        .Table(
            new[] { "支出功能分类科目|span=2", "合计|vmerge=restart", "基本支出|vmerge=restart", "项目支出|vmerge=restart" },
            new[] { "科目编码", "科目名称", "|vmerge", "|vmerge", "|vmerge" },
            new[] { "201", "一般公共服务支出", "225.98", "107.98", "118.00" },
            new[] { "20141", "数据事务", "225.98", "107.98", "118.00" },
            new[] { "2014101", "行政运行", "107.98", "107.98", "" })
        .Paragraph("一、2025年单位预算收支情况说明", "2025年收入预算总额259.10万元，支出预算总额259.10万元。")
        .Save();

    [Fact]
    public void MutatedBudgetFilesEndInADocumentOrANamedFailure()
    {
        var folder = Path.Combine(Path.GetTempPath(), "extractor-fuzz-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(folder);
        var pipeline = ExtractionPipeline.CreateDefault();
        var cases = new List<(string Format, string Seed, int Index)>();
        foreach (var (format, path) in Seeds())
        {
            var per = Plan.Single(p => p.Format == format).PerSeed;
            for (var i = 0; i < per; i++) cases.Add((format, path, i));
        }
        var outcomes = new ConcurrentDictionary<string, int>();
        var seconds = new ConcurrentDictionary<string, double>();
        var problems = new ConcurrentBag<string>();
        try
        {
            Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c =>
            {
                var bytes = Mutate(File.ReadAllBytes(c.Seed), c.Format, Seed(c.Seed, c.Index));
                var file = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(c.Seed)}-{c.Index}.{(c.Format == "text" ? "txt" : c.Format)}");
                File.WriteAllBytes(file, bytes);
                using var cancel = new CancellationTokenSource();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var work = Task.Factory.StartNew(() => pipeline.Process(file, cancel.Token), TaskCreationOptions.LongRunning);
                string outcome;
                try
                {
                    if (!work.Wait(Limit))
                    {
                        cancel.Cancel();
                        problems.Add($"{c.Format} {Path.GetFileName(c.Seed)} #{c.Index}: no result within {Limit.TotalSeconds:0} s (kept at {file})");
                        return;
                    }
                    outcome = "document";
                }
                catch (AggregateException e) when (e.InnerException is BadInputException)
                {
                    outcome = "named failure";
                }
                catch (AggregateException e)
                {
                    var inner = e.InnerException!;
                    problems.Add($"{c.Format} {Path.GetFileName(c.Seed)} #{c.Index}: {inner.GetType().Name}: {inner.Message} (kept at {file})\n{inner.StackTrace?.Split('\n').Take(4).Aggregate((a, b) => a + "\n" + b)}");
                    return;
                }
                outcomes.AddOrUpdate(c.Format + " " + outcome, 1, (_, n) => n + 1);
                seconds.AddOrUpdate(c.Format, clock.Elapsed.TotalSeconds, (_, t) => t + clock.Elapsed.TotalSeconds);
                File.Delete(file);
            });
        }
        finally
        {
            if (problems.IsEmpty) Directory.Delete(folder, true);
        }
        foreach (var (k, v) in outcomes.OrderBy(o => o.Key)) output.WriteLine($"{k}: {v}");
        foreach (var (k, v) in seconds.OrderBy(o => o.Key)) output.WriteLine($"{k}: {v:0.0} s");
        Assert.True(cases.Count >= 2000, $"only {cases.Count} mutated inputs");
        Assert.True(problems.IsEmpty, $"{problems.Count} of {cases.Count} mutated inputs crashed or hung:\n" + string.Join("\n", problems.Take(10)));
        // The mutations must not all be trivially refused: many still give documents.
        foreach (var (format, _) in Plan) Assert.True(outcomes.GetValueOrDefault(format + " document") > 0, $"no mutated {format} input gave a document");
    }

    static int Seed(string path, int index) => (int)(Extractor.Batch.ShardSpec.StableHash(Path.GetFileName(path)) % 1_000_003) * 31 + index;

    /// <summary>The mutated bytes for one case: Office files are mutated inside a part three times in four.</summary>
    public static byte[] Mutate(byte[] original, string format, int seed)
    {
        var random = new Random(seed);
        if (format is "xlsx" or "docx" && random.Next(4) != 0) return MutatePart(original, random);
        var bytes = original;
        var rounds = 1 + random.Next(3);
        for (var r = 0; r < rounds; r++) bytes = format is "text" or "html" && random.Next(2) == 0 ? MutateText(bytes, random) : MutateBytes(bytes, random);
        return bytes;
    }

    static readonly byte[] Interesting = { 0x00, 0xFF, 0x7F, 0x80, 0x81, (byte)'<', (byte)'>', (byte)'"', (byte)'-', (byte)'9', (byte)'.', (byte)',', (byte)'\n', (byte)'\t' };

    static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var list = new List<byte>(bytes);
        if (list.Count == 0) return bytes;
        switch (random.Next(7))
        {
            case 0: // flip bits
                for (var i = 0; i < 1 + random.Next(8); i++) { var at = random.Next(list.Count); list[at] ^= (byte)(1 << random.Next(8)); }
                break;
            case 1: // interesting bytes
                for (var i = 0; i < 1 + random.Next(4); i++) list[random.Next(list.Count)] = Interesting[random.Next(Interesting.Length)];
                break;
            case 2: // delete a chunk
            {
                var at = random.Next(list.Count);
                list.RemoveRange(at, Math.Min(list.Count - at, 1 + random.Next(Math.Max(1, list.Count / 20))));
                break;
            }
            case 3: // duplicate a chunk
            {
                var at = random.Next(list.Count);
                var len = Math.Min(list.Count - at, 1 + random.Next(Math.Max(1, list.Count / 20)));
                list.InsertRange(random.Next(list.Count), list.GetRange(at, len));
                break;
            }
            case 4: // truncate
            {
                var at = random.Next(list.Count);
                list.RemoveRange(at, list.Count - at);
                break;
            }
            case 5: // random bytes inserted
            {
                var noise = new byte[1 + random.Next(64)];
                random.NextBytes(noise);
                list.InsertRange(random.Next(list.Count), noise);
                break;
            }
            default: // swap two chunks
            {
                var a = random.Next(list.Count);
                var b = random.Next(list.Count);
                var len = Math.Min(Math.Min(list.Count - a, list.Count - b), 1 + random.Next(256));
                for (var i = 0; i < len; i++) (list[a + i], list[b + i]) = (list[b + i], list[a + i]);
                break;
            }
        }
        return list.ToArray();
    }

    /// <summary>Mutations that keep text text: lines repeated, dropped or swapped, numbers changed, markup opened and not closed.</summary>
    static byte[] MutateText(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0: { var at = random.Next(lines.Count); lines.Insert(at, lines[random.Next(lines.Count)]); break; }
            case 1: if (lines.Count > 1) lines.RemoveAt(random.Next(lines.Count)); break;
            case 2: { var a = random.Next(lines.Count); var b = random.Next(lines.Count); (lines[a], lines[b]) = (lines[b], lines[a]); break; }
            case 3: // change a number
            {
                var at = random.Next(lines.Count);
                lines[at] = System.Text.RegularExpressions.Regex.Replace(lines[at], @"\d+(\.\d+)?", m => random.Next(5) switch
                {
                    0 => "-" + m.Value, 1 => m.Value + "0000000000000000000000000000", 2 => "", 3 => m.Value + "." + m.Value, _ => "9" + m.Value,
                });
                break;
            }
            case 4: // unclosed or deep markup
                lines.Insert(random.Next(lines.Count), string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? "<table><tr><td>" : "<div><span>", 1 + random.Next(200))));
                break;
            default: // odd characters
                lines.Insert(random.Next(lines.Count), new[] { "\u0000\u0001", "\uFEFF", "\u202E", "合计\t\t\t", "=cmd|' /C calc'!A0", "（万元）", "\t-\t-\t-" }[random.Next(7)]);
                break;
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Mutates one XML part of an Office package (text mutations) and rezips it.</summary>
    static byte[] MutatePart(byte[] package, Random random)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e => (e.FullName, Data: ReadAll(e))).ToList();
        var xml = entries.Select((e, i) => (e, i)).Where(x => x.e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || x.e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList();
        // Mostly the parts that hold the content.
        var content = xml.Where(x => x.e.FullName.Contains("sheet", StringComparison.OrdinalIgnoreCase) || x.e.FullName.Contains("document.xml") || x.e.FullName.Contains("sharedStrings")).ToList();
        var pick = (content.Count > 0 && random.Next(4) != 0 ? content : xml)[random.Next((content.Count > 0 ? content : xml).Count)];
        entries[pick.i] = (pick.e.FullName, random.Next(3) == 0 ? MutateBytes(pick.e.Data, random) : MutateXml(pick.e.Data, random));
        using var result = new MemoryStream();
        using (var zip = new ZipArchive(result, ZipArchiveMode.Create, true))
            foreach (var (name, data) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(data);
            }
        return result.ToArray();
    }

    static byte[] MutateXml(byte[] data, Random random)
    {
        var text = Encoding.UTF8.GetString(data);
        if (text.Length == 0) return data;
        var at = random.Next(text.Length);
        var len = Math.Min(text.Length - at, 1 + random.Next(200));
        text = random.Next(6) switch
        {
            0 => text.Remove(at, len),
            1 => text.Insert(random.Next(text.Length), text.Substring(at, len)),
            2 => System.Text.RegularExpressions.Regex.Replace(text, "\"(\\d+)\"", m => random.Next(4) == 0 ? "\"" + (random.Next(3) == 0 ? "-1" : "99999999") + "\"" : m.Value),
            3 => System.Text.RegularExpressions.Regex.Replace(text, ">(-?\\d+(\\.\\d+)?)<", m => random.Next(3) == 0 ? ">" + m.Groups[1].Value + "E308<" : m.Value),
            4 => text.Insert(at, new[] { "<", "&", "<x>", "]]>", "&#0;", "\u0000", "<c r=\"XFD1048576\"><v>1</v></c>" }[random.Next(7)]),
            _ => text[..at],
        };
        return Encoding.UTF8.GetBytes(text);
    }

    static byte[] ReadAll(ZipArchiveEntry e)
    {
        using var s = e.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }
}
