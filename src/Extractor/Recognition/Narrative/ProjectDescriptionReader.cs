using System.Text.RegularExpressions;
using Extractor.Model;
using static Extractor.Vocabulary.ProjectDescriptionWords;

namespace Extractor.Recognition.Narrative;

/// <summary>Project descriptions: "1) 项目概述：…", "2) 立项依据：…" … under a project-explanation heading.</summary>
public static class ProjectDescriptionReader
{
    public static List<ProjectDescription> Read(IReadOnlyList<ProseParagraph> paragraphs)
    {
        var projects = new List<ProjectDescription>();
        ProjectDescription? current = null;
        NarrativeSection? currentSection = null;
        foreach (var p in paragraphs)
        {
            var folded = PrintedText.Fold(p.Text.Trim());
            var m = Field.Match(folded);
            if (!m.Success) continue;
            if (current is null || !ReferenceEquals(p.Section, currentSection) && p.SectionKey == SectionCatalog.ProjectExplanation
                || current.Fields.ContainsKey(m.Groups["label"].Value))
            {
                currentSection = p.Section;
                current = new ProjectDescription
                {
                    Name = p.SectionKey == SectionCatalog.ProjectExplanation ? NameFromTitle(p.Section!.Title) : null,
                    Provenance = Provenance.Of(p.Block),
                };
                projects.Add(current);
            }
            var label = m.Groups["label"].Value;
            var value = p.Text.Trim()[m.Groups["value"].Index..].Trim();
            current.Fields[label] = value;
            switch (label)
            {
                case Overview or Overview2: current.Overview = value; break;
                case Name: current.Name = value; break;
                case Basis: current.Basis = value; break;
                case Implementer or Implementer2: current.Implementer = value; break;
                case Plan: current.Plan = value; break;
                case Period or Period2: current.Period = value; break;
                case Budget or Budget2 or Budget3:
                    if (BudgetAmount.Match(PrintedText.Fold(value)) is { Success: true } a)
                    {
                        current.Budget = NumberParser.ValueOf(a.Groups["num"].Value);
                        current.BudgetUnit = value.Substring(a.Groups["unit"].Index, a.Groups["unit"].Length);
                        current.BudgetYuan = AmountUnits.ToYuan(current.Budget, current.BudgetUnit);
                    }
                    break;
            }
        }
        // Only paragraphs under a project heading, or with at least two fields, describe a project.
        projects.RemoveAll(p => p.Name is null && p.Fields.Count < 2);
        return projects;
    }

    /// <summary>"(九) “12345” 政务服务热线运维经费项目情况说明" → "“12345”政务服务热线运维经费".</summary>
    public static string NameFromTitle(string title)
    {
        var t = TitleNumbering.Replace(PrintedText.Fold(title).Trim(), "");
        t = Regex.Replace(t, @"\s+", "");
        foreach (var suffix in TitleSuffixes)
            if (t.EndsWith(suffix)) { t = t[..^suffix.Length]; break; }
        return t.Replace('"', OpeningQuote);
    }
}
