using System.Globalization;
using Extractor.Model;
using Extractor.Sources;

namespace Extractor.Tests.Batch;

/// <summary>Budget documents built in code, and a stand-in pipeline that turns tiny "recipe" files into them.</summary>
public static class SampleDocuments
{
    /// <summary>A unit budget with revenue, expenditure, basic-expenditure and 三公 tables, narrative facts and checks. Amounts in 万元.</summary>
    public static BudgetDocument Unit(string file, string unitName, decimal revenue, decimal basic, decimal project,
        decimal? generalPublicServices = null, int staff = 8)
    {
        var doc = new BudgetDocument
        {
            Document = file, Format = FormatSniffer.Text, PageCount = 12,
            Metadata = new DocumentMetadata
            {
                Title = unitName + "2025年单位预算", UnitName = unitName, UnitCode = "166003", ParentDepartment = "景德镇市政务服务数据管理局",
                ParentCode = "166", FiscalYear = 2025, Phase = Phase.Budget, Scope = Scope.Unit,
            },
        };
        var expenditure = basic + project;
        var gps = generalPublicServices ?? expenditure * 0.75m;
        var social = expenditure - gps;

        var rev = Table(1, TableKind.Revenue, "单位收入汇总表", Classification.Function);
        rev.Rows.Add(Row(5, null, "合计", 0, true, Amt(2, Measure.Total, "合计", revenue), Amt(3, Measure.GeneralBudget, "一般公共预算拨款收入", revenue)));
        doc.Tables.Add(rev);

        var exp = Table(2, TableKind.Expenditure, "单位支出汇总表", Classification.Function);
        exp.Rows.Add(Row(5, null, "合计", 0, true, Amt(3, Measure.Total, "合计", expenditure), Amt(4, Measure.Basic, "基本支出", basic), Amt(5, Measure.Project, "项目支出", project)));
        exp.Rows.Add(Row(6, "201", "一般公共服务支出", 1, false, Amt(3, Measure.Total, "合计", gps)));
        exp.Rows.Add(Row(7, "2010101", "行政运行", 3, false, Amt(3, Measure.Total, "合计", gps)));
        exp.Rows.Add(Row(8, "208", "社会保障和就业支出", 1, false, Amt(3, Measure.Total, "合计", social)));
        exp.Rows[1].Classification = exp.Rows[2].Classification = exp.Rows[3].Classification = Classification.Function;
        exp.Rows[2].ParentCode = "20101";
        doc.Tables.Add(exp);

        var basicTable = Table(3, TableKind.GeneralBasicExpenditure, "一般公共预算基本支出表", Classification.Economic);
        basicTable.Rows.Add(Row(4, null, "合计", 0, true, Amt(2, Measure.Total, "合计", basic), Amt(3, Measure.Personnel, "人员经费", basic * 0.8m), Amt(4, Measure.Public, "公用经费", basic * 0.2m)));
        doc.Tables.Add(basicTable);

        var three = Table(4, TableKind.ThreePublic, "一般公共预算“三公”经费支出表", Classification.None);
        three.Rows.Add(Row(4, null, null, null, false, Amt(0, Measure.Total, "合计", 1.5m), Amt(1, Measure.Outbound, "因公出国（境）费", 0m),
            Amt(2, Measure.Reception, "公务接待费", 0.5m), Amt(3, Measure.Vehicles, "公务用车购置及运行费", 1m),
            Amt(4, Measure.VehiclePurchase, "购置费", 0m), Amt(5, Measure.VehicleOperation, "运行费", 1m)));
        doc.Tables.Add(three);

        var empty = Table(5, TableKind.GovernmentFundExpenditure, "政府性基金预算支出表", Classification.Function);
        empty.DeclaredEmpty = true;
        empty.Note = "本单位无政府性基金预算财政拨款安排的支出，故本表为空表";
        doc.Tables.Add(empty);

        doc.Narrative.Staffing = new Staffing { Authorized = staff, Actual = staff, InService = staff - 1, Retired = 1, RetiredCadres = 0 };
        doc.Narrative.Facts.Add(new NarrativeFact
        {
            Subject = "revenue-total", Label = "收入预算总额", Amount = revenue, Unit = "万元", Yuan = revenue * 10_000m, Change = -130.09m,
            Direction = "decrease", PriorYear = revenue + 130.09m, Sentence = $"2025年收入预算总额{revenue}万元，较上年减少130.09万元。",
            Provenance = new Provenance { Line = 120 },
        });
        doc.Narrative.Facts.Add(new NarrativeFact
        {
            Subject = "operating-costs", Label = "机关运行经费", Amount = 12.68m, Unit = "万元", Yuan = 126_800m, ChangePercent = -11.20m,
            Direction = "decrease", Sentence = "机关运行经费预算12.68万元，比上年下降11.20%。", Provenance = new Provenance { Line = 140 },
        });
        doc.Completeness.Expected.Add(new ExpectedTable(TableKind.Summary, "收支预算总表"));
        doc.Completeness.Expected.Add(new ExpectedTable(TableKind.Revenue, "单位收入汇总表"));
        doc.Completeness.Present.Add(TableKind.Revenue);
        doc.Completeness.Missing.Add(new ExpectedTable(TableKind.Summary, "收支预算总表"));
        doc.Completeness.DeclaredEmpty.Add(new ExpectedTable(TableKind.GovernmentFundExpenditure, "政府性基金预算支出表", empty.Note, 5));
        doc.Completeness.NarrativeSections.Add("duties");
        doc.Completeness.HasTableOfContents = true;
        doc.Checks.Add(new CheckFinding
        {
            Rule = "header-year", Severity = Severity.Warning, TableKind = TableKind.ThreePublic, TableIndex = 4,
            Location = "table 4 (three-public) header", Expected = "2025", Actual = "2024", Message = "header says 2024年预算数 in a 2025 document, \"quoted\", with comma",
        });
        doc.CheckTallies.Add(new CheckTally { Rule = "tree-sum", Passed = 6, Failed = 0 });
        doc.CheckTallies.Add(new CheckTally { Rule = "header-year", Passed = 3, Failed = 1 });
        doc.Sha256 = new string('a', 64);
        return doc;
    }

    static BudgetTable Table(int index, TableKind kind, string title, Classification classification) => new()
    {
        Index = index, Kind = kind, Title = title, Number = "单位公开表" + index, AmountUnit = "万元", HeaderYear = 2025,
        Classification = classification, FirstPage = index + 2, LastPage = index + 2,
    };

    static TableRow Row(int index, string? code, string? name, int? level, bool total, params Amount[] amounts)
    {
        var row = new TableRow { Index = index, Code = code, PrintedCode = code, CodeSource = code is null ? null : CodeSource.Printed, Name = name, Level = level, IsTotal = total, Provenance = new Provenance { Page = 3, Row = index } };
        if (code is { Length: 3 }) row.Classification = Classification.Function;
        row.Amounts.AddRange(amounts);
        return row;
    }

    static Amount Amt(int column, Measure measure, string label, decimal value)
    {
        var printed = value.ToString("0.00", CultureInfo.InvariantCulture);
        var parsed = decimal.Parse(printed, CultureInfo.InvariantCulture);
        return new Amount
        {
            Column = column, Measure = measure, ColumnLabel = label, Printed = printed, Value = parsed, Unit = "万元",
            Yuan = parsed * 10_000m, Provenance = new Provenance { Page = 3, Column = column },
        };
    }

    /// <summary>
    /// The stand-in pipeline: a file's text is a recipe "unit=NAME;revenue=R;basic=B;project=P", or "hang" (never
    /// returns), "hog" (runs until cancelled), "oom" (out of memory), "boom" (a bug), "bad" (bad input); an empty file is bad input, as in the real pipeline.
    /// </summary>
    public static BudgetDocument Process(string path, CancellationToken cancel)
    {
        var text = File.ReadAllText(path).Trim();
        if (text.Length == 0) throw new BadInputException("empty file (0 bytes)");
        if (text == "bad") throw new BadInputException("binary content of unknown format");
        if (text == "boom") throw new InvalidOperationException("stage exploded");
        if (text == "oom") throw new OutOfMemoryException();
        if (text == "hog")
        {
            cancel.WaitHandle.WaitOne(); // holds its memory until told to stop, then stops
            cancel.ThrowIfCancellationRequested();
        }
        if (text == "hang")
        {
            Thread.Sleep(Timeout.Infinite); // ignores the token, like a stuck parser
        }
        var fields = text.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        decimal D(string k) => decimal.Parse(fields[k], CultureInfo.InvariantCulture);
        return Unit(Path.GetFileName(path), fields["unit"], D("revenue"), D("basic"), D("project"));
    }

    public static string Recipe(string unit, decimal revenue, decimal basic, decimal project) =>
        FormattableString.Invariant($"unit={unit};revenue={revenue};basic={basic};project={project}");
}
