using System.Text.RegularExpressions;
using Extractor.Model;

namespace Extractor.Recognition.Narrative;

/// <summary>Project descriptions: "1) 项目概述：…", "2) 立项依据：…" … under a project-explanation heading.</summary>
public static class ProjectDescriptionReader
{
    static readonly Regex Field = new(
        @"^(?:\d+[)、.]|\(\d+\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)?\s*(?<label>项目概述|项目概况|项目名称|立项依据|实施主体|实施单位|实施方案|实施周期|实施期限|年度预算安排|预算安排|资金安排|绩效目标)\s*:\s*(?<value>.+)$");
    static readonly Regex BudgetAmount = new(@"(?<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?<unit>亿元|万元|千元|元|万)");

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
                    Provenance = new Provenance { Page = p.Block.Page, Line = p.Block.Line },
                };
                projects.Add(current);
            }
            var label = m.Groups["label"].Value;
            var value = p.Text.Trim()[m.Groups["value"].Index..].Trim();
            current.Fields[label] = value;
            switch (label)
            {
                case "项目概述" or "项目概况": current.Overview = value; break;
                case "项目名称": current.Name = value; break;
                case "立项依据": current.Basis = value; break;
                case "实施主体" or "实施单位": current.Implementer = value; break;
                case "实施方案": current.Plan = value; break;
                case "实施周期" or "实施期限": current.Period = value; break;
                case "年度预算安排" or "预算安排" or "资金安排":
                    if (BudgetAmount.Match(PrintedText.Fold(value)) is { Success: true } a)
                    {
                        current.Budget = ProseText.ParseNumber(a.Groups["num"].Value);
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
        var t = Regex.Replace(PrintedText.Fold(title).Trim(), @"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十\d]+[、.)])\s*", "");
        t = Regex.Replace(t, @"\s+", "");
        foreach (var suffix in new[] { "项目情况说明", "项目说明", "项目情况", "项目概况", "情况说明" })
            if (t.EndsWith(suffix)) { t = t[..^suffix.Length]; break; }
        return t.Replace('"', '“');
    }
}
