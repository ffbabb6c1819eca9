namespace Extractor.Layout;

/// <summary>A horizontal or vertical line segment: Position is y (horizontal) or x (vertical); Start ≤ End along the line.</summary>
public readonly record struct Ruling(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    public static Ruling H(double y, double x1, double x2) => new(true, y, Math.Min(x1, x2), Math.Max(x1, x2));
    public static Ruling V(double x, double y1, double y2) => new(false, x, Math.Min(y1, y2), Math.Max(y1, y2));

    public override string ToString() => FormattableString.Invariant($"{(Horizontal ? "H" : "V")}@{Position:0.#}[{Start:0.#}..{End:0.#}]");
}
