namespace Extractor.Checks;

/// <summary>One identity of DOMAIN.md section 6, evaluated over a whole document.</summary>
public interface ICheck
{
    /// <summary>The rule id every finding and tally of this check carries.</summary>
    string Rule { get; }
    void Run(CheckContext context);
}
