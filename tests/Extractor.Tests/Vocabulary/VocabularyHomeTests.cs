using System.Text;
using Extractor.Tests.Support;

namespace Extractor.Tests.Vocabulary;

/// <summary>
/// One home for printed words: every CJK character inside a string or char literal of the program lives under
/// src/Extractor/Vocabulary/ (namespace Extractor.Vocabulary). That covers the words the program matches and, by the
/// same rule, output wording that quotes printed Chinese (dataset descriptions, check messages, report headings); the
/// latter is kept in Vocabulary/OutputText.cs so the matched vocabulary stays separate from what is only written.
/// Comments may contain Chinese. The test lexes every .cs file under src/ (comments skipped; regular, verbatim,
/// interpolated and raw strings and char literals handled) and lists file:line for every offending literal.
/// </summary>
public class VocabularyHomeTests
{
    const string Home = "src/Extractor/Vocabulary/";

    /// <summary>
    /// TEMPORARY. Files another branch (recog) is rewriting at the same time; their words move to Vocabulary/TableKinds*.cs
    /// and Vocabulary/Measures*.cs on that branch. The coordinator empties this list when the branches are merged.
    /// </summary>
    static readonly string[] PendingOtherBranches =
    [
        "src/Extractor/Recognition/TableKindCatalog.cs",
        "src/Extractor/Normalization/HeaderCatalog.cs",
        "src/Extractor/Normalization/HeaderAnalyzer.cs",
        "src/Extractor/Normalization/ColumnRoles.cs",
        "src/Extractor/Reports/CorpusReport.cs",
    ];

    /// <summary>TEMPORARY. Files whose literals are not migrated yet; the list may only shrink.</summary>
    static readonly string[] NotYetMigrated =
    [
        "CJK",
        "src/Extractor.Cli/Commands/CompareCommand.cs",
        "src/Extractor.Cli/Program.cs",
        "src/Extractor/Checks/CheckRules.cs",
        "src/Extractor/Checks/ColumnGroups.cs",
        "src/Extractor/Checks/CrossTableTotalCheck.cs",
        "src/Extractor/Checks/Diagnosis/SumFailure.cs",
        "src/Extractor/Checks/GlossaryCodesCheck.cs",
        "src/Extractor/Checks/HeaderYearCheck.cs",
        "src/Extractor/Checks/PerformanceFundsCheck.cs",
        "src/Extractor/Checks/ProseArithmeticCheck.cs",
        "src/Extractor/Checks/ProseVsTableCheck.cs",
        "src/Extractor/Checks/RowSumCheck.cs",
        "src/Extractor/Checks/StaffingCheck.cs",
        "src/Extractor/Checks/TableView.cs",
        "src/Extractor/Checks/TocVsTablesCheck.cs",
        "src/Extractor/Checks/TreeSumCheck.cs",
        "src/Extractor/Datasets/Datasets.cs",
        "src/Extractor/Layout/PageBreakRowJoiner.cs",
        "src/Extractor/Layout/PageLayout.cs",
        "src/Extractor/Layout/RunningTextFilter.cs",
        "src/Extractor/Layout/TableStitcher.cs",
        "src/Extractor/Model/AmountUnits.cs",
        "src/Extractor/Normalization/BlockTotalRows.cs",
        "src/Extractor/Normalization/CodeCell.cs",
        "src/Extractor/Normalization/CodedTableNormalizer.cs",
        "src/Extractor/Normalization/ColumnNumberRow.cs",
        "src/Extractor/Normalization/FunctionClassCatalog.cs",
        "src/Extractor/Normalization/NumberParser.cs",
        "src/Extractor/Normalization/NumberSettings.cs",
        "src/Extractor/Normalization/PerformanceFundsNormalizer.cs",
        "src/Extractor/Normalization/RowLabels.cs",
        "src/Extractor/Normalization/TwoSidedTableNormalizer.cs",
        "src/Extractor/Recognition/CaptionParser.cs",
        "src/Extractor/Recognition/DocumentMetadataReader.cs",
        "src/Extractor/Recognition/RowUnitReader.cs",
        "src/Extractor/Recognition/TableContextReader.cs",
        "src/Extractor/Recognition/TableLayoutProbe.cs",
        "src/Extractor/Recognition/TableOfContentsReader.cs",
        "src/Extractor/Report/BatchReport.cs",
        "src/Extractor/Sources/Pdf/ImageContentSettings.cs",
        "src/Extractor/Sources/Pdf/PdfGeometryReader.cs",
        "src/Extractor/Sources/Tabular/TableShapingRules.cs",
        "src/Extractor/Sources/Text/TextLineHints.cs",
        "src/Extractor/Sources/Word/StyleInfo.cs",
    ];

    [Fact]
    public void NoCjkLiteralOutsideTheVocabularyNamespace()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            if (rel.Contains("/bin/") || rel.Contains("/obj/")) continue;
            if (rel.StartsWith(Home, StringComparison.Ordinal)) continue;
            if (PendingOtherBranches.Contains(rel) || NotYetMigrated.Contains(rel)) continue;
            foreach (var line in CjkLiteralLines(File.ReadAllText(file)))
                offences.Add($"{rel}:{line}");
        }
        Assert.True(offences.Count == 0,
            "CJK characters in literals outside " + Home + " (move them to a named vocabulary entry):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void NotYetMigratedListsOnlyFilesThatStillNeedIt()
    {
        var clean = NotYetMigrated
            .Where(rel => File.Exists(Path.Combine(RepoPaths.Root, rel)))
            .Where(rel => CjkLiteralLines(File.ReadAllText(Path.Combine(RepoPaths.Root, rel))).Count == 0)
            .ToList();
        Assert.True(clean.Count == 0, $"clean now, remove from {nameof(NotYetMigrated)}:\n" + string.Join("\n", clean));
    }

    [Theory]
    [InlineData("var a = \"预算\";", 1)]
    [InlineData("var a = @\"预\"\"算\";", 1)]
    [InlineData("var a = $\"{x}预算{y:0}\";", 1)]
    [InlineData("var a = $\"{(b ? \"预\" : \"x\")}\";", 1)]
    [InlineData("var a = $@\"{{预}}\";", 1)]
    [InlineData("var a = \"\"\"\n  预算 \" \"\" \n  \"\"\";", 2)]
    [InlineData("var a = $$\"\"\"{{x}} 预算\"\"\";", 1)]
    [InlineData("var c = '预';", 1)]
    [InlineData("var c = '\\'' + \"\\\"预\";", 1)]
    [InlineData("// 预算 \"x\"\nvar a = 1;", 0)]
    [InlineData("/* 预算 \"预\" */ var a = \"x\";", 0)]
    [InlineData("/// <summary>预算 '预'</summary>\nvar 预 = \"x\";", 0)]
    [InlineData("var a = \"（\";", 1)]
    [InlineData("var a = \"\\u4e00 ascii\";", 0)]
    public void LexerFindsCjkOnlyInsideLiterals(string source, int line)
    {
        var lines = CjkLiteralLines(source);
        if (line == 0) Assert.Empty(lines);
        else Assert.Equal([line], lines);
    }

    /// <summary>CJK ideographs, CJK punctuation (、。《》「」【】) and full-width forms (（）：，０-９).</summary>
    static bool IsCjk(char c) => c is >= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>The distinct 1-based lines holding a CJK character inside a string or char literal.</summary>
    public static List<int> CjkLiteralLines(string text)
    {
        var lexer = new Lexer(text);
        lexer.Code(stopAtBrace: false);
        return lexer.Hits.Distinct().Order().ToList();
    }

    sealed class Lexer(string s)
    {
        int i;
        public readonly List<int> Hits = [];

        char At(int k) => k < s.Length ? s[k] : '\0';
        int LineOf(int k) { var n = 1; for (var j = 0; j < k && j < s.Length; j++) if (s[j] == '\n') n++; return n; }
        void Literal(int k) { if (IsCjk(s[k])) Hits.Add(LineOf(k)); }

        /// <summary>Code until the end (or until the '}' closing an interpolation hole).</summary>
        public void Code(bool stopAtBrace)
        {
            var depth = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '/' && At(i + 1) == '/') { while (i < s.Length && s[i] != '\n') i++; continue; }
                if (c == '/' && At(i + 1) == '*') { var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal); i = end < 0 ? s.Length : end + 2; continue; }
                if (c == '\'') { CharLiteral(); continue; }
                if (c == '"' || ((c == '$' || c == '@') && StringStartsAt(i))) { StringLiteral(); continue; }
                if (stopAtBrace)
                {
                    if (c == '{') depth++;
                    else if (c == '}') { if (depth == 0) return; depth--; }
                }
                i++;
            }
        }

        bool StringStartsAt(int k)
        {
            while (k < s.Length && (s[k] == '$' || s[k] == '@')) k++;
            return At(k) == '"';
        }

        void CharLiteral()
        {
            i++;
            while (i < s.Length && s[i] != '\'' && s[i] != '\n')
            {
                if (s[i] == '\\') { i++; if (i < s.Length) Literal(i); i++; continue; }
                Literal(i); i++;
            }
            i++;
        }

        void StringLiteral()
        {
            int dollars = 0, ats = 0;
            while (s[i] == '$' || s[i] == '@') { if (s[i] == '$') dollars++; else ats++; i++; }
            var quotes = 0;
            while (At(i + quotes) == '"') quotes++;
            if (quotes >= 3) { RawString(quotes); return; }
            i++; // opening quote
            var verbatim = ats > 0;
            var interpolated = dollars > 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (!verbatim && c == '\\') { i++; if (i < s.Length) Literal(i); i++; continue; }
                if (c == '"')
                {
                    if (verbatim && At(i + 1) == '"') { i += 2; continue; }
                    i++; return;
                }
                if (interpolated && c == '{')
                {
                    if (At(i + 1) == '{') { i += 2; continue; }
                    i++; Code(stopAtBrace: true); i++; continue;
                }
                if (interpolated && c == '}' && At(i + 1) == '}') { i += 2; continue; }
                Literal(i); i++;
            }
        }

        /// <summary>A raw string of n quotes: everything up to the next run of n quotes counts as literal (holes included).</summary>
        void RawString(int n)
        {
            i += n;
            var close = new string('"', n);
            var end = s.IndexOf(close, i, StringComparison.Ordinal);
            if (end < 0) end = s.Length;
            for (; i < end; i++) Literal(i);
            i = Math.Min(s.Length, end + n);
        }
    }
}
