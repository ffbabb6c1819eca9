using Extractor.Model;

namespace Extractor.Recognition;

/// <summary>Compares the 目录 with the tables present: present, declared-empty, missing.</summary>
public static class CompletenessAssessor
{
    public static Completeness Assess(RecognizedDocument recognized, BudgetDocument doc) => new();
}
