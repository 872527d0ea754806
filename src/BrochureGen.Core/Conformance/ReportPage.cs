using System.Globalization;
using System.Text;
using BrochureGen.Layout.Theme;
using BrochureGen.Rendering.Html;

namespace BrochureGen.Conformance;

/// <summary>
/// A report page being written (a conformance report, the accessibility statement): its body,
/// and the characters it shows in each weight, for the embedded font subsets. Text of the
/// brochure goes in with the edition's language when it differs from the page's.
/// </summary>
internal sealed class ReportPage(string pageLanguage, string locale)
{
    // Headings are bold; the style sheet asks for exactly the weights whose faces are embedded.
    private const int BoldWeight = 700;

    private readonly StringBuilder _body = new();
    private readonly SortedSet<int> _regular = [];
    private readonly SortedSet<int> _bold = [];
    private readonly bool _rightToLeft = BrochureGen.Text.Direction.IsRightToLeft(locale) || BrochureGen.Text.Direction.IsRightToLeft(pageLanguage);

    public void Raw(string html) => _body.Append(html);

    /// <summary>Text in the page's own language, escaped.</summary>
    public string T(string text, bool bold = false)
    {
        (bold ? _bold : _regular).UnionWith(HtmlFonts.CodePoints(text));
        return HtmlEscape.Text(text);
    }

    /// <summary>Report text that quotes the edition between “ and ” (<see cref="EditionText"/>): the quotes in the edition's language.</summary>
    public string Measured(string text)
    {
        var html = new StringBuilder();
        var rest = text.AsSpan();
        while (rest.IndexOf(EditionText.Open) is var open and >= 0 && rest[open..].IndexOf(EditionText.Close) is var length and > 0)
        {
            html.Append(T(rest[..(open + 1)].ToString())).Append(Edition(rest.Slice(open + 1, length - 1).ToString())).Append(T(EditionText.Close.ToString()));
            rest = rest[(open + length + 1)..];
        }

        return html.Append(T(rest.ToString())).ToString();
    }

    /// <summary>Text of the edition, in its language and direction.</summary>
    public string Edition(string text, bool bold = false) => locale == pageLanguage ? T(text, bold) : Foreign(text, locale, bold);

    /// <summary>Text in <paramref name="language"/>, marked so.</summary>
    public string Foreign(string text, string language, bool bold = false, bool autoDirection = false)
    {
        var direction = autoDirection ? "auto" : BrochureGen.Text.Direction.IsRightToLeft(language) ? "rtl" : "ltr";
        var isolate = direction == "rtl" || _rightToLeft ? $" dir=\"{direction}\"" : string.Empty;
        return $"<span lang=\"{HtmlEscape.Attribute(language)}\"{isolate}>{T(text, bold)}</span>";
    }

    public byte[] Document(string title, FontStack fonts)
    {
        var regularWeight = HtmlStyleSheet.WeightOf(fonts.Primary.Regular);
        (_bold).UnionWith(HtmlFonts.CodePoints(title));
        var faces = HtmlFonts.FaceRules([
            new WebFontDemand(fonts, _regular, new HashSet<(int, bool)> { (regularWeight, false) }),
            new WebFontDemand(fonts, _bold, new HashSet<(int, bool)> { (BoldWeight, false) }),
        ]);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{HtmlEscape.Attribute(pageLanguage)}\" dir=\"{(BrochureGen.Text.Direction.IsRightToLeft(pageLanguage) ? "rtl" : "ltr")}\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append(ContentSecurityPolicy.MetaElement).Append('\n')
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{HtmlEscape.Text(title)}</title>\n")
            .Append("<style>\n").Append(ReportStyle.Css(HtmlFonts.FamilyName(fonts.Name), regularWeight, BoldWeight)).Append(faces).Append("</style>\n</head>\n")
            .Append(_body);
        return new UTF8Encoding(false).GetBytes(html.ToString());
    }
}
