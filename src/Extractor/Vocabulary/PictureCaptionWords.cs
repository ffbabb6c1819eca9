namespace Extractor.Vocabulary;

/// <summary>Caption words that tell what a picture on a page is (defaults of ImageContentSettings).</summary>
public static class PictureCaptionWords
{
    /// <summary>Words in a caption that make the picture a figure (chart, diagram, photo): 图1：收入预算, 收入结构图.</summary>
    public static readonly string[] Figure = { "图" };

    /// <summary>Caption endings that make the picture a table: a title ending in 表 (optionally 续).</summary>
    public static readonly string[] TableEndings = { "表", "表（续）", "表(续)", "续表" };

    /// <summary>A unit line above a table picture.</summary>
    public static readonly string[] UnitPrefixes = { "单位：", "单位:", "金额单位" };

    /// <summary>Words in the line before a picture that announce a table: 如下表, 见下表.</summary>
    public static readonly string[] TableMentions = { "下表" };

    /// <summary>Trailing characters ignored when reading a caption's ending.</summary>
    public const string Trim = " \u3000:：。.";
}
