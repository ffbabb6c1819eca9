using System.Text;

namespace Extractor.Batch;

/// <summary>
/// Shard K of N (1 ≤ K ≤ N): takes the inputs whose relative path hashes (FNV-1a 64 over UTF-8, stable across
/// machines and runs) to K−1 modulo N. The N shards of a corpus are disjoint and together complete.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var k) || !int.TryParse(parts[1], out var n) || n < 1 || k < 1 || k > n)
            throw new FormatException($"--shard must be K/N with 1 ≤ K ≤ N (e.g. 2/8), not '{text}'");
        return new ShardSpec(k, n);
    }

    public bool Contains(string relativePath) => (int)(StableHash(relativePath) % (ulong)Count) == Index - 1;

    public static ulong StableHash(string relativePath)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    public override string ToString() => $"{Index}/{Count}";
}
