namespace Extractor.Normalization;

/// <summary>What header analysis found: which rows are header, which are column numbers, and each column's label path.</summary>
public sealed class HeaderLayout
{
    /// <summary>Header rows (raw grid indexes), column-number rows excluded.</summary>
    public List<int> HeaderRows { get; } = new();
    /// <summary>Column-number rows (** ** 1 2 3 …), dropped.</summary>
    public List<int> ColumnNumberRows { get; } = new();
    /// <summary>Rows below the header that repeat it (page breaks) or are column numbers: dropped too.</summary>
    public List<int> RepeatedHeaderRows { get; } = new();
    /// <summary>First row holding data; equals the row count when the table has none.</summary>
    public int FirstDataRow { get; set; }
    /// <summary>Printed label path per column, levels joined with '/'.</summary>
    public string[] Paths { get; set; } = Array.Empty<string>();

    public bool IsDataRow(int row) => row >= FirstDataRow && !RepeatedHeaderRows.Contains(row) && !ColumnNumberRows.Contains(row);
}
