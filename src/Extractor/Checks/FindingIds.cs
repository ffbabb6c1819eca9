using System.Security.Cryptography;
using System.Text;
using Extractor.Model;

namespace Extractor.Checks;

/// <summary>
/// Stable finding ids: the rule followed by the first 12 hex digits of SHA-256 over document, rule and location
/// (tree-sum-3f9a0c12de45). The same input read by the same pipeline gives the same ids, so a reviewer's decisions
/// carry over to later runs. Findings sharing document, rule and location are told apart by their order (#2, #3).
/// </summary>
public static class FindingIds
{
    public static void Assign(BudgetDocument doc)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in doc.Checks)
        {
            var key = $"{doc.Document}\n{f.Rule}\n{f.Location}";
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            f.Id = Of(key + (n > 1 ? "\n#" + n : ""), f.Rule);
        }
    }

    static string Of(string key, string rule) =>
        rule + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
