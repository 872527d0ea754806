namespace BrochureGen.Xliff;

/// <summary>
/// The XLIFF version BrochureGen writes and reads, and its limits. XLIFF 2.0 core: it has all
/// the issue needs (units, sentence segments, spanning and standalone codes, translate="no"
/// markers, notes, segment states), every CAT tool agencies buy from reads it (Trados, memoQ,
/// Phrase, Crowdin), and the independent reader the tests use (the npm xliff package) parses it;
/// 2.1 adds only optional modules (ITS, advanced validation) that nothing here needs, so a file
/// marked 2.1 is read too.
/// </summary>
public static class XliffFormat
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";
    public const string Version = "2.0";
    public const string Extension = ".xlf";

    /// <summary>A vendor's file is hostile until read: at most <see cref="Content.InputLimits.XliffFileBytes"/> bytes, this many units (a brochure has a few hundred)…</summary>
    public const int MaximumUnits = 20_000;

    /// <summary>…and codes nested this deep.</summary>
    public const int MaximumNesting = 16;

    /// <summary>The segment sub-state of a translation whose block needs review (XLIFF 2.0 has no such core state).</summary>
    public const string NeedsReview = "brochuregen:needs-review";

    /// <summary>The file name the export writes by default: <c>&lt;brochure&gt;.&lt;locale&gt;.xlf</c>.</summary>
    public static string FileName(string brochure, string locale) => $"{brochure}.{locale}{Extension}";
}
