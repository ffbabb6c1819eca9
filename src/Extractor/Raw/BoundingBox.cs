namespace Extractor.Raw;

/// <summary>An axis-aligned box in PDF user space (points, origin bottom-left), or in a source's own units.</summary>
public readonly record struct BoundingBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;

    public BoundingBox Union(BoundingBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    public override string ToString() => FormattableString.Invariant($"[{Left:0.##},{Bottom:0.##},{Right:0.##},{Top:0.##}]");
}
