using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Recognition;

/// <summary>
/// Which subject classification a table's rows are coded in, counted from the first cells of its data rows: 2xx
/// function, 3xx economic, 5xx economic-government, 1xx revenue (3, 5 or 7 digits, alone or before the name).
/// </summary>
public sealed partial record CodeProfile(int Function, int Economic, int EconomicGovernment, int Revenue)
{
    /// <summary>Fewest coded rows before the codes speak for a kind.</summary>
    public const int MinimumRows = 3;
    /// <summary>Share of the coded rows the leading classification must hold.</summary>
    public const double MajorityShare = 0.6;

    public static readonly CodeProfile Empty = new(0, 0, 0, 0);

    public int Total => Function + Economic + EconomicGovernment + Revenue;

    /// <summary>The classification most rows are coded in, when there are enough of them and it clearly leads; else null.</summary>
    public Classification? Majority
    {
        get
        {
            if (Total < MinimumRows) return null;
            var (name, count) = new[]
            {
                (Classification.Function, Function), (Classification.Economic, Economic),
                (Classification.EconomicGovernment, EconomicGovernment), (Classification.Revenue, Revenue),
            }.MaxBy(x => x.Item2);
            return count >= Total * MajorityShare ? name : (Classification?)null;
        }
    }

    public override string ToString() =>
        $"{Function} function (2xx), {Economic} economic (3xx), {EconomicGovernment} economic-government (5xx), {Revenue} revenue (1xx) coded rows";

    /// <summary>Counts the codes leading the data rows of a probed table.</summary>
    public static CodeProfile Of(TableLayoutProbe probe)
    {
        int f = 0, e = 0, g = 0, r = 0;
        for (var row = probe.HeaderEnd; row < probe.Grid.Length; row++)
        {
            var first = probe.Grid[row].FirstOrDefault(t => t.Length > 0);
            if (first is null) continue;
            var m = LeadingCode().Match(PrintedText.Compact(first));
            if (!m.Success) continue;
            switch (m.Groups[1].Value[0])
            {
                case '2': f++; break;
                case '3': e++; break;
                case '5': g++; break;
                case '1': r++; break;
            }
        }
        return new CodeProfile(f, e, g, r);
    }

    [GeneratedRegex(Vocabulary.Measures.LeadingCode)]
    private static partial Regex LeadingCode();
}
