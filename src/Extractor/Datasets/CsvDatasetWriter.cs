using System.Text;

namespace Extractor.Datasets;

/// <summary>A dataset as CSV: UTF-8 with BOM (so Excel opens it), header = field names in order, RFC 4180 quoting, CRLF.</summary>
public sealed class CsvDatasetWriter : TextDatasetWriter
{
    public static readonly UTF8Encoding Utf8WithBom = new(true);

    public CsvDatasetWriter(string path, Dataset dataset) : this(path, dataset.Fields.Select(f => f.Name)) { }

    /// <summary>A CSV whose columns are known only at run time (comparison.csv: one column per function class seen).</summary>
    public CsvDatasetWriter(string path, IEnumerable<string> header) : base(path, Utf8WithBom, "\r\n") => WriteRecord(header);

    /// <summary>Text values are neutralised against formula injection (<see cref="Neutralize"/>); numbers are written as they are.</summary>
    public override void Write(object?[] values) => WriteRecord(values.Select(v => v is string s ? Neutralize(s) : ValueText.Format(v)));

    /// <summary>
    /// A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return)
    /// gets a leading single quote, as OWASP advises for CSV opened in Excel; text that is a plain number ("-12.5")
    /// is left as it is. Only CSV does this: JSONL, Parquet, SQLite and the document JSON keep the exact text.
    /// </summary>
    public static string Neutralize(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(text) && text.AsSpan().TrimStart('-').Length > 0 ? "'" + text : text;

    /// <summary>Not NumberParser: the question is whether a spreadsheet reads the text as a number (ASCII digits, one
    /// point, a leading sign), not whether it was printed like an amount (full-width digits, 1,234, (3.5) are text to
    /// Excel and are neutralised if they start with a sign).</summary>
    static bool IsPlainNumber(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out _);

    void WriteRecord(IEnumerable<string> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first) Text.Write(',');
            first = false;
            Text.Write(Quote(f));
        }
        Text.WriteLine();
    }

    /// <summary>Quotes a field when it holds a comma, quote, line break or leading/trailing space.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '))
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
}
