namespace Extractor.Layout;

/// <summary>
/// One printed character in upright page space (points, origin bottom-left, text running left to right):
/// rotated pages are turned upright before layout sees them.
/// </summary>
public readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double FontSize, bool Bold = false)
{
    public double Bottom => Baseline - 0.22 * FontSize;
    public double Top => Baseline + 0.78 * FontSize;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => Baseline + 0.28 * FontSize;
}
