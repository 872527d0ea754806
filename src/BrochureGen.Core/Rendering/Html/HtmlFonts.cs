using System.Globalization;
using System.Text;
using BrochureGen.Document;
using BrochureGen.Layout.Fonts;
using BrochureGen.Layout.Theme;
using BrochureGen.Text.Shaping;
using BrochureGen.Vocabulary;

namespace BrochureGen.Rendering.Html;

/// <summary>
/// The theme's fonts, embedded: for each font stack of the theme, one CSS family
/// ("BrochureGen body") made of one <c>@font-face</c> per font file, each a WOFF2 subset of the
/// characters the edition sets in that stack which no earlier family of the stack has, with
/// that <c>unicode-range</c> — so the browser falls back from family to family as layout does,
/// and an Arabic, Hindi, Chinese or Korean edition carries exactly the faces it needs.
/// Subsets keep their layout tables, so the browser shapes every script itself.
/// </summary>
internal static class HtmlFonts
{
    // Characters the page draws besides the text: numbers of numbered lists, the checklist boxes
    // (with the theme's bullets, added below).
    private const string Drawn = "0123456789.☑☐ ";

    // A face cut to a set of characters, made once per process: the gallery and the accessibility
    // statements embed the same subsets, and the editions of one language share theirs. Keyed by
    // the file and the characters (their unicode-range), which decide the bytes.
    private static readonly Text.BoundedCache<(string File, string Range), byte[]> Subsets = new(512);

    public static string FamilyName(string stack) => $"\"BrochureGen {stack}\"";

    /// <summary>The <c>@font-face</c> rules for the text of <paramref name="blocks"/>.</summary>
    public static string FaceRules(BrochureTheme theme, IReadOnlyList<BlockNode> blocks)
    {
        var (characters, weights, italic) = Characters(theme, blocks);
        return FaceRules(characters.Select(c => new WebFontDemand(
            theme.Styles.Values.First(s => s.Family.Name == c.Key).Family,
            c.Value,
            weights[c.Key].Where(w => italic || !w.Italic).ToHashSet())));
    }

    /// <summary>
    /// The <c>@font-face</c> rules that set each demand's characters in its stack's families, in
    /// the CSS family <see cref="FamilyName"/> of the stack. The one place that decides how a page
    /// embeds fonts: the HTML edition and the gallery both come here.
    /// </summary>
    public static string FaceRules(IEnumerable<WebFontDemand> demands)
    {
        var css = new StringBuilder();
        var embedded = new HashSet<(string File, int Weight, bool Italic, string Range)>();
        foreach (var demand in demands.OrderBy(d => d.Stack.Name, StringComparer.Ordinal))
        {
            var stack = demand.Stack;
            var regularWeight = HtmlStyleSheet.WeightOf(stack.Primary.Regular);
            var left = new SortedSet<int>(demand.CodePoints);
            foreach (var family in stack.Families)
            {
                var mine = left.Where(c => family.Regular.Font.HasGlyph(c)).ToList();
                if (mine.All(c => c < 0x10000 && char.IsWhiteSpace((char)c)))
                {
                    // Nothing but spaces: a face embedded for them alone would be waste; a later family has them.
                    continue;
                }

                left.ExceptWith(mine);
                var range = UnicodeRange(mine);

                // One rule per weight the page asks of this stack, never a weight range: Chromium
                // joins the faces of a family only when their descriptors are equal, so a Chinese face
                // declared "400 700" beside a Latin bold declared "700" is left out of bold headings.
                foreach (var (weight, isItalic) in demand.Faces.Order())
                {
                    var face = family.Select(weight >= 700 && regularWeight < 700, isItalic);

                    // The same file, weight and characters under another stack: that stack's family has it.
                    if (!embedded.Add((face.FilePath, weight, isItalic, range)))
                    {
                        continue;
                    }

                    var woff2 = Subsets.GetOrAdd((face.FilePath, range), key => Woff2.Wrap(FontSubset.ForWeb(face.Shaping, mine)));
                    css.Append(CultureInfo.InvariantCulture, $"@font-face {{ font-family: {FamilyName(stack.Name)}; src: url(data:font/woff2;base64,{Convert.ToBase64String(woff2)}) format(\"woff2\"); font-weight: {weight}; font-style: {(isItalic ? "italic" : "normal")}; font-display: swap; unicode-range: {range}; }}\n");
                }
            }
        }

        return css.ToString();
    }

    /// <summary>The characters of <paramref name="text"/> a face must draw: its code points, without control characters.</summary>
    public static IEnumerable<int> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (!char.IsControl(text, i) && !char.IsLowSurrogate(text, i))
            {
                yield return char.ConvertToUtf32(text, i);
            }
        }
    }

    // The characters set in each font stack, the weights (and italics) it is asked for, and whether any text is italic.
    private static (Dictionary<string, SortedSet<int>> Characters, Dictionary<string, SortedSet<(int Weight, bool Italic)>> Weights, bool Italic) Characters(BrochureTheme theme, IReadOnlyList<BlockNode> blocks)
    {
        var characters = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var weights = new Dictionary<string, SortedSet<(int Weight, bool Italic)>>(StringComparer.Ordinal);
        var italic = false;

        void Add(string style, string text)
        {
            var textStyle = theme.Styles.TryGetValue(style, out var s) ? s : theme.Style(StyleNames.Body);
            var stack = textStyle.Family.Name;
            if (!characters.TryGetValue(stack, out var set))
            {
                characters[stack] = set = [];
                weights[stack] = [];
            }

            // As the style sheet asks (HtmlStyleSheet.StyleRule), and bolder for strong text and list markers.
            var weight = textStyle.Bold ? 700 : HtmlStyleSheet.WeightOf(textStyle.Family.Primary.Regular);
            weights[stack].UnionWith([(weight, false), (weight, true), (Math.Max(weight, 700), false), (Math.Max(weight, 700), true)]);

            set.UnionWith(CodePoints(text));
        }

        Add(StyleNames.ListItem, Drawn + theme.List.Bullet + theme.List.NestedBullet);
        new TextRuns(
            (style, inlines) =>
            {
                Add(style, InlineText.Of(inlines));
                italic |= inlines.Any(HasEmphasis);
            },
            Add).Visit(blocks);

        return (characters, weights, italic);
    }

    private static bool HasEmphasis(InlineElement inline) => inline switch
    {
        StyledElement { Kind: InlineKind.Emphasis } => true,
        StyledElement styled => styled.Children.Any(HasEmphasis),
        LinkElement link => link.Children.Any(HasEmphasis),
        LanguageElement language => language.Children.Any(HasEmphasis),
        SourceElement source => source.Children.Any(HasEmphasis),
        _ => false,
    };

    private static string UnicodeRange(IReadOnlyList<int> sorted)
    {
        var ranges = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            ranges.Add(i == j ? $"U+{sorted[i]:X}" : $"U+{sorted[i]:X}-{sorted[j]:X}");
            i = j + 1;
        }

        return string.Join(", ", ranges);
    }

    // The text of every block, and the address the HTML prints under a QR code.
    private sealed class TextRuns(Action<string, IReadOnlyList<InlineElement>> run, Action<string, string> text) : StyledRunVisitor
    {
        protected override void Run(string style, IReadOnlyList<InlineElement> content) => run(style, content);

        protected override void Qr(QrNode qr) => text(StyleNames.QrCaption, qr.Target);
    }
}
