using System.Diagnostics;
using System.Text;
using Extractor.Tests.Support;

namespace Extractor.Tests.Packaging;

/// <summary>Runs dotnet and the built CLI as separate processes, the way a user or a cluster engine would.</summary>
public static class ExternalProcess
{
    /// <summary>The configuration these tests were built in (the CLI beside them was built in the same one).</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The built CLI (what 'dotnet run --project src/Extractor.Cli' runs).</summary>
    public static string CliDll => Path.Combine(RepoPaths.Root, "src", "Extractor.Cli", "bin", Configuration, "net10.0", "Extractor.Cli.dll");

    /// <summary>
    /// Variables that must not leak into a child: the engines' (a CI job may itself run under Slurm), and those the
    /// parent dotnet test sets for its own MSBuild and test host (MSBuildExtensionsPath, MSBuildSDKsPath, MSBUILD_EXE_PATH, VSTEST_*).
    /// </summary>
    static bool Inherited(string name) =>
        !(name.StartsWith("SLURM_", StringComparison.Ordinal) || name.StartsWith("PARALLEL_", StringComparison.Ordinal) ||
          name is "JOB_COMPLETION_INDEX" or "EXTRACTOR_SHARD_COUNT" or "MSBUILD_EXE_PATH" ||
          name.StartsWith("MSBuild", StringComparison.Ordinal) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase));

    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    public static Result Run(string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var name in start.Environment.Keys.ToList())
            if (!Inherited(name)) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No build server or node outlives the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        if (environment != null)
            foreach (var (k, v) in environment) start.Environment[k] = v;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung child, not a timing assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not end within 10 minutes");
        }
        return new Result(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Runs the built CLI with dotnet.</summary>
    public static Result Cli(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        Run("dotnet", new[] { CliDll }.Concat(args), environment);

    public static Result Succeeds(Result result, params int[] accepted)
    {
        Assert.True((accepted.Length == 0 ? new[] { 0 } : accepted).Contains(result.ExitCode), result.ToString());
        return result;
    }
}
