namespace Extractor.Model;

/// <summary>
/// The canonical string of a vocabulary value (DOMAIN.md section 9): its member name in kebab case (GeneralBudget →
/// general-budget, OwnLevel → own-level), exactly what the JSON settings' StringEnumConverter writes. Every output
/// that is not JSON (CSV, JSONL, Parquet, SQLite, reports) writes <see cref="Text{T}(T)"/>, never ToString().
/// </summary>
public static class Canonical
{
    public static string Text<T>(this T value) where T : struct, Enum => Names<T>.ByValue[value];

    /// <summary>The canonical string, or null for null (an unknown phase, a column without measure).</summary>
    public static string? Text<T>(this T? value) where T : struct, Enum => value is { } v ? v.Text() : null;

    /// <summary>The value written as <paramref name="text"/> (exact canonical string), if any.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Names<T>.ByText.TryGetValue(text, out value);
    }

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a canonical {typeof(T).Name}");

    /// <summary>Every value, in declaration order.</summary>
    public static IReadOnlyList<T> All<T>() where T : struct, Enum => Names<T>.Values;

    static class Names<T> where T : struct, Enum
    {
        public static readonly T[] Values = Enum.GetValues<T>();
        public static readonly Dictionary<T, string> ByValue = Values.ToDictionary(v => v, v => Kebab(v.ToString()));
        public static readonly Dictionary<string, T> ByText = Values.ToDictionary(v => ByValue[v], v => v, StringComparer.Ordinal);
    }

    static string Kebab(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
