using Extractor.Catalog;
using Extractor.Model;
using Extractor.Recognition.Narrative;

namespace Extractor.Checks;

/// <summary>
/// 名词解释 subject entries "X（类）Y（款）Z（项）" against the names the tables print: when the tables print the 项 Z
/// under the class X but under a 款 named otherwise, the glossary explains a subject the tables do not use.
/// One finding per (款 code, glossary name).
/// </summary>
public sealed class GlossaryCodesCheck : ICheck
{
    public string Rule => CheckRules.GlossaryCodes;

    public void Run(CheckContext context)
    {
        var doc = context.Document;
        var entries = doc.Narrative.Glossary.Where(g => g.ClassName is not null && g.SectionName is not null).ToList();
        if (entries.Count == 0) return;

        // code → printed names, over every function-coded table row
        var names = new Dictionary<string, HashSet<string>>();
        var firstRow = new Dictionary<string, (BudgetTable Table, TableRow Row)>();
        foreach (var table in doc.Tables)
            foreach (var row in TableView.CodedRows(table).Where(r => r.Classification != Classification.Economic && r.Code![0] == '2'))
            {
                if (!names.TryGetValue(row.Code!, out var set)) names[row.Code!] = set = new HashSet<string>();
                if (row.Name is not null) set.Add(Key(row.Name));
                firstRow.TryAdd(row.Code!, (table, row));
            }

        var reported = new HashSet<(string, string)>();
        foreach (var entry in entries)
        {
            var classCode = names.Where(n => n.Key.Length == 3 && n.Value.Contains(Key(entry.ClassName!))).Select(n => n.Key).FirstOrDefault()
                            ?? (SubjectCatalog.FunctionClasses.TryGetValue(Key(entry.ClassName!), out var c) && names.ContainsKey(c) ? c : null)
                            ?? context.Catalog.Named(entry.ClassName).Where(e => e.Level == 1 && names.ContainsKey(e.Code)).Select(e => e.Code).FirstOrDefault();
            if (classCode is null) continue; // a class the tables do not use: nothing to compare with
            var sections = names.Where(n => n.Key.Length == 5 && n.Key.StartsWith(classCode)).ToList();
            var section = sections.FirstOrDefault(n => n.Value.Contains(Key(entry.SectionName!)));
            if (section.Key is not null) { context.Pass(Rule); continue; }
            // the tables print the 款 under another edition's name the catalog knows for the same code
            if (sections.Any(n => context.Catalog.NamesOf(n.Key, CatalogSettings.TrustedNameDocuments).Any(c => CatalogNames.SameName(c.Name, entry.SectionName)))) { context.Pass(Rule); continue; }
            if (entry.ItemName is null) continue;

            var item = names.FirstOrDefault(n => n.Key.Length == 7 && n.Key.StartsWith(classCode) && n.Value.Contains(Key(entry.ItemName)));
            if (item.Key is null) continue; // neither the 款 nor the 项 is used: the glossary explains something else
            var printedSectionCode = item.Key[..5];
            // When the glossary explains the printed 款 too, the entry only explains a subject the tables do not use.
            if (names.TryGetValue(printedSectionCode, out var printed) && entries.Any(e => e.SectionName is { } n && printed.Contains(Key(n)))) continue;
            if (!reported.Add((printedSectionCode, Key(entry.SectionName!)))) continue;
            var printedName = names.TryGetValue(printedSectionCode, out var ns) ? string.Join(" / ", ns) : "(no 款 row)";
            var (table, row) = firstRow.TryGetValue(printedSectionCode, out var fr) ? fr : firstRow[item.Key];
            context.Fail(new CheckFinding
            {
                Rule = Rule, Severity = Severity.Warning, TableKind = table.Kind, TableIndex = table.Index, Row = row.Index,
                Location = $"名词解释 entry (line {entry.Provenance.Line}) «{entry.Term}» against {TableView.Describe(table)} code {printedSectionCode}",
                Expected = printedName, Actual = entry.SectionName,
                Message = $"the glossary explains {entry.ClassName}（类）{entry.SectionName}（款）{entry.ItemName}（项）, but the tables print " +
                          $"{entry.ItemName} as {item.Key} under 款 {printedSectionCode} {printedName}",
                Provenance = entry.Provenance,
            });
        }
    }

    static string Key(string name) => PrintedText.Compact(name);
}
