using Extractor.Model;
using Extractor.Tests.Normalization;

namespace Extractor.Tests.Truth;

public class TruthFileTests
{
    [Fact]
    public void TruthFileIsParsedAndComparedAgainstAnExtraction()
    {
        var path = Path.Combine(Path.GetTempPath(), "seed-truth-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, string.Join("\n",
            "# doc: seed.txt", "# unit_name: 景德镇市12345政务服务便民热线管理中心", "# year: 2025",
            "table_kind\tclassification\tcode\tname\tmeasure\tamount\tunit\tpage",
            "general-expenditure\tfunction\t\t合计\ttotal\t259.10\t万元\t1",
            "general-expenditure\tfunction\t20141\t数据事务\tbasic\t107.98\t万元\t1",
            "general-expenditure\tfunction\t2014102\t一般行政管理事务\tproject\t118.00\t万元\t1",
            "general-expenditure\tfunction\t2101101\t行政单位医疗\ttotal\t9.99\t万元\t1",
            "general-basic-expenditure\teconomic\t30101\t基本工资\tpersonnel\t271400\t元\t1") + "\n");
        try
        {
            var truth = TruthFile.Parse(path);
            Assert.Equal("2025", truth.Header["year"]);
            Assert.Equal(5, truth.Rows.Count);
            var score = TruthComparer.Compare(SeedTables.Document(), truth);
            Assert.Equal(4, score.Correct);      // 元 truth matches 27.14 万元 in yuan
            Assert.Equal(1, score.WrongValue);   // 9.99 is not what the seed prints
            Assert.Equal(0, score.Missing);
            Assert.True(score.Extracted > score.ExtractedMatched);
        }
        finally { File.Delete(path); }
    }
}
