namespace Extractor.Normalization;

/// <summary>
/// Expands abbreviated subject codes, row by row, in the order printed: a 3-digit 类 opens a class, a 2-digit 款 is
/// the last two digits under its 类 (41 under 201 → 20141), a 2-digit 项 the last two under its 款 (01 under 20141
/// → 2014101). Full 5- and 7-digit codes reset the context. Also joins 类|款|项 printed in three columns.
/// </summary>
public sealed class CodeExpander
{
    string? _class;
    string? _kuan;
    decimal? _kuanAmount;
    decimal _itemSum;
    bool _lastWasKuanOrItem;

    /// <summary>True when the table prints 项 codes in full, so a 2-digit code is always a 款.</summary>
    public bool ItemsPrintedInFull { get; init; }

    /// <summary>The full code of a printed code; <paramref name="amount"/> is the row's first amount (tells 款 from 项
    /// when both are printed as two digits: 项 follow their 款 until they add up to it).</summary>
    public string? Expand(string digits, decimal? amount = null)
    {
        switch (digits.Length)
        {
            case 3:
                _class = digits; _kuan = null; _lastWasKuanOrItem = false;
                return digits;
            case 5:
                _class = digits[..3]; OpenKuan(digits, amount);
                return digits;
            case 7:
                _class = digits[..3]; _kuan = digits[..5]; _lastWasKuanOrItem = true;
                return digits;
            case 2 when _class is null:
                return null;
            case 2:
                if (IsItem(amount))
                {
                    _itemSum += amount ?? 0m;
                    return _kuan + digits;
                }
                var kuan = _class + digits;
                OpenKuan(kuan, amount);
                return kuan;
            default:
                return digits;
        }
    }

    /// <summary>Carries on from the last code of the part of the table on the previous page.</summary>
    public void ContinueAfter(string? code)
    {
        if (code is null || code.Length < 3) return;
        _class = code[..3];
        _kuan = code.Length >= 5 ? code[..5] : null;
        _lastWasKuanOrItem = _kuan is not null;
        _kuanAmount = null;
    }

    /// <summary>类, 款 and 项 printed in separate columns; empty parts inherit from the rows above.</summary>
    public string? ExpandParts(string? lei, string? kuan, string? xiang)
    {
        lei = Digits(lei); kuan = Digits(kuan); xiang = Digits(xiang);
        if (lei is null && kuan is null && xiang is null) return null;
        if (lei is not null)
        {
            _class = lei.Length >= 3 ? lei[..3] : lei;
            if (kuan is null) { _kuan = null; return _class; }
        }
        if (_class is null) return null;
        if (kuan is not null)
        {
            _kuan = kuan.Length == 5 ? kuan : _class + kuan[^2..];
            if (xiang is null) return _kuan;
        }
        if (_kuan is null || xiang is null) return _kuan;
        return xiang.Length == 7 ? xiang : _kuan + xiang[^2..];
    }

    bool IsItem(decimal? amount)
    {
        if (ItemsPrintedInFull || _kuan is null || !_lastWasKuanOrItem) return false;
        if (_kuanAmount is null || amount is null) return true;
        return _itemSum + amount.Value <= _kuanAmount.Value + NormalizationSettings.SumTolerance;
    }

    void OpenKuan(string kuan, decimal? amount)
    {
        _kuan = kuan; _kuanAmount = amount; _itemSum = 0m; _lastWasKuanOrItem = true;
    }

    static string? Digits(string? s)
    {
        var t = new string((s ?? "").Where(char.IsAsciiDigit).ToArray());
        return t.Length == 0 ? null : t;
    }

    /// <summary>Level of a full code: 1 类 (3 digits), 2 款 (5), 3 项 (7).</summary>
    public static int? LevelOf(string? code) => code?.Length switch { 3 => 1, 5 => 2, 7 => 3, _ => null };

    /// <summary>Parent of a full code: 2014101 → 20141 → 201.</summary>
    public static string? ParentOf(string? code) => code?.Length switch { 5 => code[..3], 7 => code[..5], _ => null };
}
