using Extractor.Datasets;
using Parquet;

namespace Extractor.Tests.Datasets;

/// <summary>Parquet decimals: a province's amounts in yuan (10^12 and beyond) are written exactly, and a value the column
/// cannot hold never takes the batch down.</summary>
public class ParquetDecimalTests
{
    sealed record Row(string Name, decimal? Yuan);

    static readonly Dataset<Row> Rows = new("rows", "test rows", new[]
    {
        Col.S<Row>("name", "name", r => r.Name),
        Col.D<Row>("yuan", "amount in yuan", r => r.Yuan),
    });

    [Fact]
    public async Task LargeAmountsAreWrittenExactlyAndAnUnrepresentableOneIsLeftEmptyNotFatal()
    {
        var dir = Directory.CreateTempSubdirectory("extractor-parquet-");
        try
        {
            var path = Path.Combine(dir.FullName, "rows.parquet");
            var values = new decimal?[] { 1_433_000_000_000.00m, 3_577_079_332_531_230_000m, 0.123456789m, null, -12.5m };
            int unrepresentable;
            using (var writer = new ParquetDatasetWriter(path, Rows))
            {
                foreach (var v in values) writer.Write(new object?[] { "x", v });
                writer.Complete();
                unrepresentable = writer.Unrepresentable;
            }
            Assert.Equal(1, unrepresentable); // 0.123456789 has more places than the column's scale
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            using var group = reader.OpenRowGroupReader(0);
            var read = new decimal?[values.Length];
            await group.ReadAsync<decimal>(reader.Schema.GetDataFields()[1], read.AsMemory());
            Assert.Equal(new decimal?[] { 1_433_000_000_000.00m, 3_577_079_332_531_230_000m, null, null, -12.5m }, read);
        }
        finally { dir.Delete(true); }
    }
}
