using System.Text;
using Extractor.Model;

namespace Extractor.Evidence;

/// <summary>A reviewer's decision on one finding.</summary>
public sealed record Review(string FindingId, ReviewDecision Decision, string? Comment);

/// <summary>
/// Decisions read from review files (the CSV a review page downloads: finding_id, decision, comment; other columns
/// are for people and ignored). <c>extract --reviews FILE</c> marks the findings with those ids as reviewed; a later
/// file's decision on the same id wins.
/// </summary>
public sealed class Reviews
{
    readonly Dictionary<string, Review> _byId = new(StringComparer.Ordinal);

    public int Count => _byId.Count;

    public Review? Find(string? id) => id is not null && _byId.TryGetValue(id, out var r) ? r : null;

    public void Add(Review review) => _byId[review.FindingId] = review;

    /// <summary>Reads review files; throws <see cref="InvalidDataException"/> naming the file and the reason for a file it cannot take.</summary>
    public static Reviews Read(IEnumerable<string> paths)
    {
        var reviews = new Reviews();
        foreach (var path in paths) reviews.ReadFile(path);
        return reviews;
    }

    void ReadFile(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: reviews file not found");
        var records = ParseCsv(File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF'), path);
        if (records.Count == 0)
            throw new InvalidDataException($"{path}: empty reviews file (expected a header with finding_id and decision)");
        var header = records[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int id = header.IndexOf("finding_id"), decision = header.IndexOf("decision"), comment = header.IndexOf("comment");
        if (id < 0 || decision < 0)
            throw new InvalidDataException($"{path}: not a reviews file: the header needs finding_id and decision columns (found: {string.Join(", ", header)})");
        for (var i = 1; i < records.Count; i++)
        {
            var r = records[i];
            string? Get(int k) => k >= 0 && k < r.Count ? r[k] : null;
            var findingId = (Get(id) ?? "").Trim();
            var value = (Get(decision) ?? "").Trim().ToLowerInvariant();
            if (findingId.Length == 0 || value.Length == 0) continue;
            if (!Canonical.TryParse<ReviewDecision>(value, out var decided))
                throw new InvalidDataException($"{path}: record {i + 1}: decision '{value}' is not one of {string.Join(", ", Canonical.All<ReviewDecision>().Select(d => d.Text()))}");
            var text = Unneutralise(Get(comment));
            Add(new Review(findingId, decided, string.IsNullOrWhiteSpace(text) ? null : text));
        }
    }

    /// <summary>RFC 4180 records: comma-separated, fields optionally quoted ("" inside quotes is a quote), CRLF or LF.</summary>
    public static List<List<string>> ParseCsv(string text, string path)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString()); field.Clear();
                    if (record.Count > 1 || record[0].Length > 0) records.Add(record);
                    record = new List<string>();
                    break;
                default: field.Append(c); break;
            }
        }
        if (quoted) throw new InvalidDataException($"{path}: a quoted field is not closed");
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }

    /// <summary>Undoes the review page's formula guard (a quote before a leading = + - @).</summary>
    static string? Unneutralise(string? s) => s is { Length: > 1 } && s[0] == '\'' && "=+-@\t\r".Contains(s[1]) ? s[1..] : s;

    /// <summary>Marks the document's findings that have a decision; returns how many were marked.</summary>
    public int Apply(BudgetDocument doc)
    {
        var marked = 0;
        foreach (var f in doc.Checks)
            if (Find(f.Id) is { } r)
            {
                f.Review = r.Decision;
                f.ReviewComment = r.Comment;
                marked++;
            }
        return marked;
    }
}
