using System.CommandLine;
using System.Text;
using Extractor.Catalog;
using Extractor.Batch;
using Extractor.Model;

namespace Extractor.Cli.Commands;

/// <summary><c>catalog [QUERY]</c> prints the subject-code catalog or looks up a code or a name;
/// <c>catalog build INPUT... --out FILE</c> rebuilds it from the coded tables of documents.</summary>
public static class CatalogCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("QUERY")
        {
            Description = "A code or code prefix (2010101, 20101), or a subject name or part of one. Omitted: the whole catalog as TSV.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<FileInfo?>("--catalog") { Description = "Read this catalog TSV instead of the shipped one." };
        var command = new Command("catalog",
            "Print the subject-code catalog (function, economic and revenue classification codes with every name met, its years and how many documents printed it), " +
            "or look up a code or a name. 'catalog build' rebuilds it.");
        command.Arguments.Add(query);
        command.Options.Add(file);
        command.SetAction(parse => Show(parse.GetValue(query), parse.GetValue(file)));

        var inputs = new Argument<string[]>("INPUT") { Description = "Files and folders (recursive) whose coded tables feed the catalog.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The catalog TSV to write.", Required = true };
        var build = new Command("build", "Rebuild the catalog from the printed codes and names of every coded table of the inputs (read through the normal pipeline).");
        build.Arguments.Add(inputs);
        build.Options.Add(output);
        build.SetAction(parse => Build(parse.GetValue(inputs)!, parse.GetValue(output)!));
        command.Subcommands.Add(build);
        return command;
    }

    static int Show(string? query, FileInfo? file)
    {
        CodeCatalog catalog;
        if (file is null) catalog = CodeCatalog.Default;
        else
        {
            if (!file.Exists) { Console.Error.WriteLine($"error: {file.FullName}: no such file"); return ExitCodes.Usage; }
            try { using var reader = new StreamReader(file.FullName, Encoding.UTF8); catalog = CatalogTsv.Read(reader); }
            catch (FormatException e) { Console.Error.WriteLine($"error: {file.Name}: {e.Message}"); return ExitCodes.Usage; }
        }
        if (string.IsNullOrWhiteSpace(query))
        {
            CatalogTsv.Write(Console.Out, catalog, Array.Empty<string>());
            return ExitCodes.Ok;
        }
        var found = catalog.Search(query).ToList();
        if (found.Count == 0) { Console.Error.WriteLine($"no code or name in the catalog matches {query}"); return ExitCodes.SomeFailed; }
        foreach (var e in found)
        {
            Console.WriteLine($"{e.Code}\t{e.Classification.Text()}\tlevel {e.Level}\tparent {e.Parent ?? "-"}");
            foreach (var n in e.Names)
                Console.WriteLine($"\t{n.Name}\t{n.Count} document(s)\t{string.Join(",", n.Years)}{(n.Seed ? "\tseed" : "")}");
        }
        return ExitCodes.Ok;
    }

    static int Build(string[] inputs, string output)
    {
        // through the one batch loop; no time limit, as a rebuild must read every document
        var options = new BatchOptions { Timeout = Timeout.InfiniteTimeSpan };
        var (builder, failed) = CatalogRun.BuildAsync(inputs, options, line => Console.Error.WriteLine(line)).GetAwaiter().GetResult();
        var catalog = builder.Build();
        var dir = Path.GetDirectoryName(Path.GetFullPath(output));
        if (dir is not null) Directory.CreateDirectory(dir);
        var header = new[]
        {
            "Subject-code catalog of Extractor: every code printed in a coded table of the documents below, with every name met for it,",
            "the fiscal years of the documents that printed that name, and how many documents (unit, year, phase) did.",
            "Rebuild: scripts/build-catalog.sh (= catalog build ../shared/corpus/real ../shared/corpus/wide corpus --out this file).",
            "Extend with a new edition: add its documents to one of those folders (or pass their folder too) and rebuild; never edit by hand.",
            $"Built from {builder.Files.Count} document(s) of: {string.Join(", ", inputs.Select(i => Path.GetFileName(Path.GetFullPath(i).TrimEnd('/'))))}.",
            "Merged with the seed src/Extractor/Catalog/catalog-seed.tsv: heads of the trees printed by name only (the classification of the Ministry of Finance, DOMAIN.md section 4).",
            "Columns: code, classification (function | economic | economic-government | revenue), level (1 class, 2 section, 3 item), parent, name, years, count,",
            "source (printed; seed: the seed's name, printed by no document, count 0; seed+printed).",
        };
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
            CatalogTsv.Write(writer, catalog, header);
        Console.WriteLine($"catalog: {catalog.Count} codes, {catalog.Entries.Sum(e => e.Names.Count)} names from {builder.Files.Count} document(s) → {output}" +
                          (failed > 0 ? $" ({failed} input(s) failed)" : ""));
        return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }
}
