using System.Reflection;
using Extractor.Checks;

namespace Extractor.Tests.Checks;

/// <summary>
/// Rule ids stay strings (findings, tallies, review decisions and the benchmark key on them, and the set grows with each
/// check), so this closes the set instead: every rule id is a <see cref="CheckRules"/> constant, described in
/// <see cref="CheckRules.Meaning"/> (the README's checks table), and run by exactly one check in <see cref="CheckRunner.All"/>.
/// A check whose Rule is a mistyped literal fails here.
/// </summary>
public class CheckRulesTests
{
    static readonly string[] Constants = typeof(CheckRules).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void EveryRuleIdIsDescribedAndRunByOneCheck()
    {
        Assert.Equal(Constants.Length, Constants.Distinct().Count());
        Assert.Equal(Constants.Order(), CheckRules.Meaning.Keys.Order());
        Assert.Equal(Constants.Order(), CheckRunner.All.Select(c => c.Rule).Order());
        Assert.Subset(Constants.ToHashSet(), CheckRules.SumRules.ToHashSet());
    }
}
