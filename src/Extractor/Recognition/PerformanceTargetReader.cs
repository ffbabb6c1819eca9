using Extractor.Model;

namespace Extractor.Recognition;

/// <summary>Reads 项目支出绩效目标表 into projects and indicator trees.</summary>
public static class PerformanceTargetReader
{
    public static IEnumerable<PerformanceTarget> Read(RecognizedTable table) => Array.Empty<PerformanceTarget>();
}
