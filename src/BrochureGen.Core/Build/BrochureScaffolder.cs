using System.Text;
using BrochureGen.Content;
using BrochureGen.Diagnostics;
using BrochureGen.Layout.Folds;
using BrochureGen.Layout.Theme;
using SkiaSharp;

namespace BrochureGen.Build;

/// <summary>
/// Starts a brochure: <c>brochure.yaml</c> (layout, theme, locales), an <c>en.md</c> with an
/// example of every construct the Markdown format knows, and the picture it shows. It builds
/// as it is, so a writer can start by changing the words.
/// </summary>
public static class BrochureScaffolder
{
    private const string EmblemFile = "emblem.png";

    /// <summary>Returns the paths written.</summary>
    public static IReadOnlyList<string> Create(string contentRoot, string templatesRoot, string id, string layout, string theme, Action<string, byte[]> writeFile)
    {
        var folder = Path.Combine(contentRoot, id);
        var diagnostics = new List<Diagnostic>();
        if (!System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"'{id}' cannot name a brochure: use lower-case letters, digits and hyphens, e.g. carbon-monoxide-safety"));
        }

        if (Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"the brochure '{id}' already exists", SourceLocation.InFile(DisplayPath.For(folder))));
        }

        var layouts = FoldLayoutLoader.Available(templatesRoot);
        if (!layouts.Contains(layout))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"there is no layout '{layout}'{DidYouMean.Suggest(layout, layouts)}; layouts are {string.Join(", ", layouts)}"));
        }

        var themes = ThemeLoader.Available(templatesRoot);
        if (!themes.Contains(theme))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ManifestInvalid, $"there is no theme '{theme}'{DidYouMean.Suggest(theme, themes)}; themes are {string.Join(", ", themes)}"));
        }

        if (diagnostics.Count > 0)
        {
            throw new BrochureException(diagnostics);
        }

        var manifest = Path.Combine(folder, ContentLoader.ManifestFileName);
        var english = Path.Combine(folder, "en.md");
        var emblem = Path.Combine(folder, EmblemFile);
        writeFile(manifest, Encoding.UTF8.GetBytes(Manifest(layout, theme)));
        writeFile(english, Encoding.UTF8.GetBytes(Example));
        writeFile(emblem, Emblem());
        return [manifest, english, emblem];
    }

    private static string Manifest(string layout, string theme) =>
        $"""
        # The brochure's fold (a file in templates/layouts) and look (templates/themes).
        layout: {layout}
        theme: {theme}

        # Each language and its review status. Start a translation with
        #   brochuregen new-locale <this folder's name> es
        locales:
          en: reviewed

        # Whom a reader asks for the brochure in another format (large print, braille, audio,
        # another language); the accessibility statement prints it. Until it is set, the build
        # warns (BG0903). For example:
        # accessibility-contact:
        #   name: Office of Public Information
        #   phone: 860-555-0100
        #   email: access@example.org
        #   web: https://www.example.org/accessibility

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    // A square emblem at 300 ppi (1 in), the size print needs.
    private static byte[] Emblem()
    {
        using var bitmap = new SKBitmap(300, 300);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var navy = new SKPaint { Color = new SKColor(0x0F, 0x30, 0x57), IsAntialias = true };
            using var amber = new SKPaint { Color = new SKColor(0xF5, 0xB8, 0x3D), IsAntialias = true };
            canvas.DrawCircle(150, 150, 140, navy);
            canvas.DrawCircle(150, 150, 70, amber);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    internal const string Example = """
        ---
        # The edition's metadata (optional): what the PDF's properties and search engines show.
        subject: What this brochure is about, in one sentence
        keywords: [safety, community]
        # What a screen reader says for a phone number or address that stands on its own line.
        link-descriptions:
          call: "Call the {name}, {link}"
          website: "Website of the {name}"
        ---

        <!-- A brochure in plain Markdown. The first '#' heading is the title; the paragraphs before
             the first '##' are the cover (the first one is the subtitle). Every '##' starts a section;
             sections flow through the panels in reading order. See docs/content.md for everything. -->

        # Your Brochure Title

        A subtitle that says who it is for and why it matters

        Your Organisation's Name {.byline}

        ## Why this matters

        A paragraph with **bold** and *emphasised* words. Phone numbers such as 1-800-555-0100,
        the emergency number 911 and web addresses such as www.example.org become links by themselves;
        [a link with its own words](https://www.example.org/about) works too.

        Say in a few short sentences what the reader needs to know first. Keep sentences short and
        words plain: most readers will glance at the brochure before they decide to read it. Write
        for the person who needs help, not for the people who give it.

        ![A navy and amber circle, the organisation's emblem](emblem.png)

        A second paragraph can say who you are and why the reader can trust you. Text flows from
        panel to panel in the order a folded brochure is read, and the panels are balanced so
        that none is left almost empty.

        ## What to do

        1. A numbered step.
        2. Another step.
        3. The last step.

        ### What to look for

        - A bulleted point.
        - Another point, with points of its own:
          - a nested point;
          - another one.

        ::: callout
        A call-out box sets a warning or a key fact apart.
        :::

        Add as many sections as the brochure needs; when the text no longer fits, the build says
        which paragraph has no room and by how much.

        ## Your checklist

        - [ ] Something to do.
        - [x] Something already done.

        <!-- The build chooses where each panel ends. To force a section onto a new panel, end its
             heading with {.new-panel}; the build warns when that makes a layout worse. -->

        ## Who does what

        | Who | Does what | When |
        |---|---|---|
        | You | Test the alarm | Every month |
        | Your landlord | Replace a broken alarm | Within a week |

        A table is read row by row; its first row names the columns. Keep it to a few short
        columns: a panel is less than four inches wide. Screen readers announce each cell with
        the name of its column, so write column names a listener understands on their own.

        ## Where to get help {pin=back}

        ::: hotline
        Our help line (free, 24 hours):

        1-800-555-0100
        :::

        **Your Organisation's Name**\
        www.example.org

        [Scan to visit www.example.org](https://www.example.org){.qr}

        ::: footer
        **Your Organisation's Name**

        123 Main Street\
        Springfield, ST 00000\
        help@example.org
        :::

        """;
}
