using System.Globalization;
using System.Text;

namespace Extractor.Batch;

/// <summary>
/// Shard K of N (1 ≤ K ≤ N): takes the inputs whose relative path hashes (FNV-1a 64 over UTF-8, stable across
/// machines and runs) to K−1 modulo N. The N shards of a corpus are disjoint and together complete.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The value of --shard that reads the shard from the engine's environment (<see cref="FromEnvironment"/>).</summary>
    public const string Auto = "auto";

    /// <summary>The variable that gives the shard count where the engine sets none (Kubernetes, GNU parallel).</summary>
    public const string CountVariable = "EXTRACTOR_SHARD_COUNT";

    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var k) || !int.TryParse(parts[1], out var n) || n < 1 || k < 1 || k > n)
            throw new FormatException($"--shard must be K/N with 1 ≤ K ≤ N (e.g. 2/8) or 'auto', not '{text}'");
        return new ShardSpec(k, n);
    }

    /// <summary>
    /// The shard of an explicit --shard K/N, or of --shard auto from the engine's variables. <paramref name="count"/> is
    /// --shard-count (only with auto). Returns the shard and a sentence saying where it came from.
    /// </summary>
    public static (ShardSpec Shard, string Source) Resolve(string text, int? count, Func<string, string?> environment)
    {
        if (!string.Equals(text, Auto, StringComparison.OrdinalIgnoreCase))
        {
            if (count != null) throw new FormatException("--shard-count goes with --shard auto; --shard K/N already gives the count");
            var explicitShard = Parse(text);
            return (explicitShard, $"--shard {explicitShard}");
        }
        return FromEnvironment(environment, count);
    }

    /// <summary>
    /// The shard the engine running this process assigned, from its variables:
    /// Kubernetes Indexed Job JOB_COMPLETION_INDEX (0-based; count from --shard-count or EXTRACTOR_SHARD_COUNT, the
    /// Job's completions); Slurm job array SLURM_ARRAY_TASK_ID, numbered from SLURM_ARRAY_TASK_MIN in steps of
    /// SLURM_ARRAY_TASK_STEP, count SLURM_ARRAY_TASK_COUNT; GNU parallel PARALLEL_SEQ (1-based; count from
    /// --shard-count or EXTRACTOR_SHARD_COUNT). Throws <see cref="FormatException"/> with the reason when none or
    /// more than one engine is found or the values do not make a shard.
    /// </summary>
    public static (ShardSpec Shard, string Source) FromEnvironment(Func<string, string?> environment, int? count)
    {
        string? Var(string name) => environment(name) is { Length: > 0 } v ? v.Trim() : null;
        var engines = new List<string>();
        if (Var("JOB_COMPLETION_INDEX") != null) engines.Add("Kubernetes Indexed Job (JOB_COMPLETION_INDEX)");
        if (Var("SLURM_ARRAY_TASK_ID") != null) engines.Add("Slurm job array (SLURM_ARRAY_TASK_ID)");
        if (Var("PARALLEL_SEQ") != null) engines.Add("GNU parallel (PARALLEL_SEQ)");
        if (engines.Count == 0)
            throw new FormatException("--shard auto found no engine variable: none of JOB_COMPLETION_INDEX (Kubernetes Indexed Job), " +
                                      "SLURM_ARRAY_TASK_ID (Slurm job array), PARALLEL_SEQ (GNU parallel) is set; use --shard K/N");
        if (engines.Count > 1)
            throw new FormatException($"--shard auto is ambiguous: variables of {string.Join(" and ", engines)} are all set; use --shard K/N");

        int Number(string name, string? value, int? fallback = null)
        {
            if (value == null)
                return fallback ?? throw new FormatException($"--shard auto: {name} is not set");
            if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                throw new FormatException($"--shard auto: {name}='{value}' is not a whole number");
            return n;
        }

        int GivenCount(string engine)
        {
            if (count != null) return count.Value;
            if (Var(CountVariable) is { } v) return Number(CountVariable, v);
            throw new FormatException($"--shard auto: {engine} sets no shard count; pass --shard-count N or set {CountVariable}");
        }

        ShardSpec Make(int index1, int n, string what)
        {
            if (n < 1) throw new FormatException($"--shard auto: the shard count must be at least 1 ({what})");
            if (index1 < 1 || index1 > n) throw new FormatException($"--shard auto: {what} is not a shard of 1..{n}");
            return new ShardSpec(index1, n);
        }

        string CountSource() => count != null ? $"--shard-count {count}" : $"{CountVariable}={Var(CountVariable)}";

        if (Var("JOB_COMPLETION_INDEX") is { } completion)
        {
            var index = Number("JOB_COMPLETION_INDEX", completion);
            var n = GivenCount("a Kubernetes Indexed Job");
            var shard = Make(index + 1, n, $"JOB_COMPLETION_INDEX={index} (0-based)");
            return (shard, $"Kubernetes Indexed Job: JOB_COMPLETION_INDEX={index} (0-based), count from {CountSource()}");
        }
        if (Var("SLURM_ARRAY_TASK_ID") is { } task)
        {
            var id = Number("SLURM_ARRAY_TASK_ID", task);
            var min = Number("SLURM_ARRAY_TASK_MIN", Var("SLURM_ARRAY_TASK_MIN"), 0);
            var step = Number("SLURM_ARRAY_TASK_STEP", Var("SLURM_ARRAY_TASK_STEP"), 1);
            var n = Number("SLURM_ARRAY_TASK_COUNT", Var("SLURM_ARRAY_TASK_COUNT"), count);
            if (step < 1) throw new FormatException($"--shard auto: SLURM_ARRAY_TASK_STEP={step} must be at least 1");
            if (Var("SLURM_ARRAY_TASK_MAX") is { } maxText && Number("SLURM_ARRAY_TASK_MAX", maxText) != min + (n - 1) * step)
                throw new FormatException($"--shard auto: the Slurm array is not a range MIN-MAX[:STEP] (MIN={min}, MAX={maxText}, " +
                                          $"STEP={step}, COUNT={n}); submit --array=0-{n - 1} or use --shard K/N");
            if ((id - min) % step != 0)
                throw new FormatException($"--shard auto: SLURM_ARRAY_TASK_ID={id} is not MIN={min} plus a multiple of STEP={step}");
            if (count != null && count != n)
                throw new FormatException($"--shard auto: --shard-count {count} disagrees with SLURM_ARRAY_TASK_COUNT={n}");
            var shard = Make((id - min) / step + 1, n, $"SLURM_ARRAY_TASK_ID={id}");
            return (shard, $"Slurm job array: SLURM_ARRAY_TASK_ID={id} (SLURM_ARRAY_TASK_MIN={min}, STEP={step}), SLURM_ARRAY_TASK_COUNT={n}");
        }
        {
            var seq = Number("PARALLEL_SEQ", Var("PARALLEL_SEQ"));
            var n = GivenCount("GNU parallel");
            var shard = Make(seq, n, $"PARALLEL_SEQ={seq}");
            return (shard, $"GNU parallel: PARALLEL_SEQ={seq}, count from {CountSource()}");
        }
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
