using Extractor.Model;

namespace Extractor.Recognition.Narrative;

/// <summary>Sections, staffing and amount facts from the prose.</summary>
public static class NarrativeExtractor
{
    public static Model.Narrative Extract(RecognizedDocument recognized) => new();
}
