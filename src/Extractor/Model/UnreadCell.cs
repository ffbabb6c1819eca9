namespace Extractor.Model;

/// <summary>
/// A cell printed like an amount (digits with separators, a point, a sign) that gave no value: its text does not read
/// as a number (1,23; 12.3.4; 120258,60), or a number in a column the table does not read. Kept with its provenance so the extraction-loss check can name it; it is
/// never turned into a number.
/// </summary>
public sealed class UnreadCell
{
    /// <summary>Row and column in the raw grid (0-based, header rows included).</summary>
    public int Row { get; set; }
    public int Column { get; set; }
    /// <summary>The column's printed header path, when the column has one.</summary>
    public string? ColumnLabel { get; set; }
    public string Printed { get; set; } = "";
    /// <summary>Why no value was taken: "does not read as a number", "in a column the table does not read".</summary>
    public string Reason { get; set; } = "";
    public Provenance Provenance { get; set; } = new();
}
