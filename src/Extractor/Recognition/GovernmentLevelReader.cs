using Extractor.Model;
using Extractor.Raw;
using Extractor.Vocabulary;

namespace Extractor.Recognition;

/// <summary>Whose government a document is and at which level, with the evidence that decided it (or why nothing did).</summary>
public sealed record GovernmentLevelReading(string? Name, GovernmentLevel? Level, string Evidence);

/// <summary>
/// Reads a government document's name and level from its own words and structure: the name printed in the title, a
/// table title or the first lines, else a by-region row naming the government's own level (吉林省本级); the level from
/// the name's ending (省/自治区 province, 州/盟/地区 city, 县/旗/区 county), else from level words in the titles
/// (省本级, 全县). A 市 is prefecture-level or county-level (县级市): it is a city only when the document shows
/// counties or districts below it (县（市、区）, 各区, a county's row), a county when it shows a prefecture above it
/// (上报州财政局, 省、州、市) or says 县级市, and unknown otherwise, with that reason.
/// </summary>
public static class GovernmentLevelReader
{
    /// <summary>Text blocks and table titles searched for the government's name.</summary>
    public const int NameSearchBlocks = 40;

    public static GovernmentLevelReading Read(RecognizedDocument doc)
    {
        var titles = NameSourceText(doc, blocks: false);
        (string Name, GovernmentLevel Level, string Where)? found = null;
        if (GovernmentTableRecognizer.GovernmentName(titles) is { } inTitles) found = (inTitles.Name, inTitles.Level, "the title or a table title");
        else if (LevelFromWords(titles) is null && GovernmentTableRecognizer.GovernmentName(NameSourceText(doc, blocks: true)) is { } inLines)
            found = (inLines.Name, inLines.Level, "the first lines");
        else if (OwnLevelRow(doc) is { } row) found = (row.Name, row.Level, $"the row '{row.Label}' of a table");

        if (found is { } f)
        {
            var because = $"{f.Name} printed in {f.Where}";
            return f.Level == GovernmentLevel.City && IsOpenCityName(f.Name)
                ? CityLevel(doc, f.Name, because)
                : new(f.Name, f.Level, $"{because}: {f.Level.Text()}");
        }
        if (LevelFromWords(titles) is { } word)
            return word.Level == GovernmentLevel.City
                ? CityLevel(doc, null, $"no government named; '{word.Word}' printed in the titles")
                : new(null, word.Level, $"no government named; '{word.Word}' printed in the titles: {word.Level.Text()}");
        return new(null, null, GovernmentOutputText.LevelUnknownNoName);
    }

    /// <summary>A name ending in 市 that is not a municipality (北京市 is a province): the level is open.</summary>
    static bool IsOpenCityName(string name) =>
        name.EndsWith(GovernmentLevels.CityEnding, StringComparison.Ordinal) && !GovernmentLevels.Municipalities.Any(name.StartsWith);

    /// <summary>A 市: city when the document shows governments below it, county when it shows a prefecture above it.</summary>
    static GovernmentLevelReading CityLevel(RecognizedDocument doc, string? name, string because)
    {
        var shortName = name is null ? null : name[..^GovernmentLevels.CityEnding.Length];
        var text = EvidenceText(doc, shortName);
        if (GovernmentLevels.CountyLevelCityWords.FirstOrDefault(text.Contains) is { } countyCity)
            return new(name, GovernmentLevel.County, $"{because}; the document says '{countyCity}': county");
        var above = GovernmentWords.PrefectureAboveCity().Match(text) is { Success: true } m ? m.Value
            : GovernmentLevels.PrefectureBodyWords.FirstOrDefault(text.Contains);
        if (above is not null)
            return new(name, GovernmentLevel.County, $"{because}; '{above}' printed: a prefecture above it, a county-level city: county");
        var below = GovernmentWords.SubordinateGovernments().Match(text) is { Success: true } s ? s.Value : CountyRow(doc);
        if (below is not null)
            return new(name, GovernmentLevel.City, $"{because}; '{below}' printed: counties or districts below it: city");
        return new(name, null, $"unknown: {because}; {GovernmentOutputText.LevelUnknownOpenCity}");
    }

    /// <summary>Every text block and table cell in matching form, the government's own short name taken out.</summary>
    static string EvidenceText(RecognizedDocument doc, string? shortName)
    {
        var parts = doc.Raw.Blocks.Select(b => b switch
        {
            TextBlock t => t.Text,
            RawTable t => string.Join("\n", t.Cells.Select(c => c.Text)),
            _ => "",
        });
        var text = string.Join("\n", parts.Select(PrintedText.ForMatching));
        return string.IsNullOrEmpty(shortName) ? text : text.Replace(shortName, "\n");
    }

    /// <summary>A table cell naming a county (长阳土家族自治县): a government below the document's.</summary>
    static string? CountyRow(RecognizedDocument doc) => doc.Tables
        .SelectMany(t => t.Table.Cells).Select(c => PrintedText.ForMatching(c.Text))
        .FirstOrDefault(c => GovernmentWords.CountyCell().IsMatch(c) && !GovernmentLevels.RegionWords.Any(c.StartsWith));

    /// <summary>The first table cell naming a government's own level (吉林省本级): that government.</summary>
    static (string Name, GovernmentLevel Level, string Label)? OwnLevelRow(RecognizedDocument doc)
    {
        foreach (var cell in doc.Tables.SelectMany(t => t.Table.Cells))
        {
            var label = PrintedText.ForMatching(cell.Text);
            if (GovernmentWords.OwnLevelRow().Match(label) is not { Success: true } m) continue;
            var name = m.Groups[1].Value;
            if (GovernmentLevels.RegionWords.Any(name.StartsWith)) continue;
            return (name, LevelOfName(name), label);
        }
        return null;
    }

    /// <summary>The title, else the first table titles and the first lines of text: where the government names itself.</summary>
    public static string NameSourceText(RecognizedDocument doc, bool blocks)
    {
        var parts = new List<string?> { doc.Metadata.Title };
        if (blocks) parts.AddRange(doc.Raw.Blocks.OfType<TextBlock>().Take(NameSearchBlocks).Select(b => b.Text));
        parts.AddRange(doc.Tables.Take(NameSearchBlocks).Select(t => t.Title));
        return string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(PrintedText.Compact));
    }

    /// <summary>A municipality (北京市) is a province; else the level the name's ending names.</summary>
    static GovernmentLevel LevelOfName(string name) =>
        GovernmentLevels.Municipalities.Any(m => name == m + GovernmentLevels.CityEnding) ? GovernmentLevel.Province
            : GovernmentLevels.NameEndings.First(e => name.EndsWith(e.Ending, StringComparison.Ordinal)).Level;

    static (string Word, GovernmentLevel Level)? LevelFromWords(string text) =>
        GovernmentLevels.LevelWords.Where(w => text.Contains(w.Word)).Select(w => ((string, GovernmentLevel)?)w).FirstOrDefault();
}
