using System.Reflection;
using System.Text.RegularExpressions;
using Extractor.Model;
using Extractor.Tests.Batch;
using Extractor.Tests.Support;

namespace Extractor.Tests.Packaging;

/// <summary>The two packages of 'dotnet pack', made once from the build these tests run on (--no-build), in a temporary folder.</summary>
public sealed class PackagesFixture : IDisposable
{
    readonly TempFolder _folder = new();

    public string Source => _folder.Sub("packages");
    public string Version { get; } =
        typeof(Cli.Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    public PackagesFixture()
    {
        foreach (var project in new[] { "src/Extractor.Cli/Extractor.Cli.csproj", "src/Extractor/Extractor.csproj" })
            ExternalProcess.Succeeds(ExternalProcess.Run("dotnet",
                new[] { "pack", Path.Combine(RepoPaths.Root, project), "-c", ExternalProcess.Configuration, "--no-build", "-o", Source }));
    }

    public TempFolder Folder => _folder;

    /// <summary>A NuGet configuration whose only source is the local packages: nothing is fetched from outside.</summary>
    public string OfflineConfig(string dir)
    {
        var path = Path.Combine(dir, "nuget.config");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="local" value="{Source}" /></packageSources>
            </configuration>
            """);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>dotnet pack → dotnet tool install from the local package → 'extractor', and the library's README sample.</summary>
public partial class PackagingTests(PackagesFixture packages) : IClassFixture<PackagesFixture>
{
    [Fact]
    public void BothPackagesCarryVersionLicenceReadmeAndRepository()
    {
        var tool = Path.Combine(packages.Source, $"extractor.{packages.Version}.nupkg");
        var library = Path.Combine(packages.Source, $"Extractor.Library.{packages.Version}.nupkg");
        foreach (var package in new[] { tool, library })
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(package);
            Assert.NotNull(zip.GetEntry("README.md"));
            var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.Contains($"<version>{packages.Version}</version>", nuspec);
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
            Assert.Contains("<readme>README.md</readme>", nuspec);
            Assert.Contains("<repository type=\"git\"", nuspec);
            Assert.Matches("<description>.{40,}</description>", nuspec);
        }
        using (var zip = System.IO.Compression.ZipFile.OpenRead(tool))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "tools/net10.0/any/Extractor.Cli.dll");
            Assert.Contains("<packageType name=\"DotnetTool\" />", new StreamReader(zip.GetEntry("extractor.nuspec")!.Open()).ReadToEnd());
        }
        using (var zip = System.IO.Compression.ZipFile.OpenRead(library))
            Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Extractor.dll");
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "LICENSE")));
    }

    [Fact]
    public void TheInstalledToolExtractsTheCorpusLikeDotnetRun()
    {
        using var t = new TempFolder();
        var tools = t.Sub("tools");
        ExternalProcess.Succeeds(ExternalProcess.Run("dotnet", new[]
        {
            "tool", "install", "--tool-path", tools, "--add-source", packages.Source, "--configfile", packages.OfflineConfig(t.Path),
            "extractor", "--version", packages.Version,
        }, workingDirectory: t.Path));
        var extractor = Path.Combine(tools, OperatingSystem.IsWindows() ? "extractor.exe" : "extractor");

        var version = ExternalProcess.Succeeds(ExternalProcess.Run(extractor, new[] { "--version" }));
        Assert.Matches($@"^extractor {Regex.Escape(packages.Version)}(\+\w+)? \(schema {Regex.Escape(SchemaVersion.Current)}\)\s*$", version.Out);

        ExternalProcess.Succeeds(ExternalProcess.Run(extractor, new[] { "extract", RepoPaths.Corpus, "--out", t.Sub("out"), "--jobs", "1" }));
        OutputFolders.AssertSame(ReferenceRun.Corpus, t.Sub("out"));
    }

    [GeneratedRegex(@"## Using the library.*?```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeSample();

    [Fact]
    public void TheReadmeLibrarySampleBuildsAgainstThePackageAndRuns()
    {
        var sample = ReadmeSample().Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n"));
        Assert.True(sample.Success, "README.md has no ```csharp sample under '## Using the library'");

        using var t = new TempFolder();
        var project = t.Sub("sample");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Program.cs"), sample.Groups[1].Value);
        // Restored into a folder of its own (never the user's package cache), the library's dependencies taken from
        // that cache where the repository's own restore put them.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
            ? p : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(project, "sample.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{t.Sub("packages")}</RestorePackagesPath>
                <RestoreFallbackFolders>{cache}</RestoreFallbackFolders>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Extractor.Library" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        packages.OfflineConfig(project);

        var run = ExternalProcess.Succeeds(ExternalProcess.Run("dotnet",
            new[] { "run", "--project", project, "-c", "Release", "--", RepoPaths.Seed, t.Sub("datasets") }, workingDirectory: project));
        Assert.Contains("2025", run.Out);
        Assert.Contains("glossary-codes", run.Out); // one of the seed's known findings, printed by the sample
        // The sample's datasets hold the seed's rows exactly as the CLI's do.
        static List<string> SeedRows(string dir) => File.ReadAllLines(Path.Combine(dir, "line-items.csv"))
            .Where(l => l.StartsWith(Path.GetFileName(RepoPaths.Seed) + ",", StringComparison.Ordinal)).ToList();
        var rows = SeedRows(t.Sub("datasets"));
        Assert.NotEmpty(rows);
        Assert.Equal(SeedRows(ReferenceRun.Corpus), rows);
    }
}
