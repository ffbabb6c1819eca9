using System.Reflection;
using Extractor.Model;
using Extractor.Pipeline;

namespace Extractor.Batch;

/// <summary>
/// Identifies the code that produced a document: schema version, library version and the library build's module id
/// (deterministic builds give the same id for the same code), so cached documents are redone when the pipeline changes.
/// </summary>
public static class PipelineVersion
{
    public static readonly string Current = Compute();

    static string Compute()
    {
        var assembly = typeof(ExtractionPipeline).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? assembly.GetName().Version?.ToString() ?? "0";
        return $"schema {SchemaVersion.Current}; extractor {version}; build {assembly.ManifestModule.ModuleVersionId:N}";
    }
}
