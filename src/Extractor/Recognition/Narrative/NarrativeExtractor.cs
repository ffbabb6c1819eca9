using Extractor.Model;

namespace Extractor.Recognition.Narrative;

/// <summary>Sections, staffing, amount facts, project descriptions and glossary entries from the prose.</summary>
public static class NarrativeExtractor
{
    public static Model.Narrative Extract(RecognizedDocument recognized)
    {
        var (sections, paragraphs) = SectionReader.Read(recognized.NarrativeBlocks);
        var narrative = new Model.Narrative { Staffing = StaffingReader.Read(paragraphs) };
        narrative.Sections.AddRange(sections);
        narrative.Facts.AddRange(FactReader.Read(paragraphs));
        if (recognized.Metadata.Scope == Scope.Government) narrative.Facts.AddRange(GovernmentHeadlineReader.Read(paragraphs));
        narrative.Projects.AddRange(ProjectDescriptionReader.Read(paragraphs));
        narrative.Glossary.AddRange(GlossaryReader.Read(paragraphs));
        return narrative;
    }
}
