using System.Text.RegularExpressions;

namespace Extractor.Vocabulary;

/// <summary>名词解释 entries as printed: "（一）TERM：DEFINITION" and subject paths "X（类）Y（款）Z（项）" (on width-folded text).</summary>
public static class GlossaryWords
{
    /// <summary>An entry: optional numbering, groups "term" and "def".</summary>
    public static readonly Regex Entry = new(@"^(?:\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十\d]+[、.])?\s*(?<term>[^:]{1,80}?)\s*:\s*(?<def>.*)$");
    /// <summary>A subject path in a term: groups "c" (类), "k" (款), "x" (项).</summary>
    public static readonly Regex SubjectPath = new(@"^(?<c>.+?)\(类\)(?:(?<k>.+?)\(款\))?(?:(?<x>.+?)\(项\))?");
}
