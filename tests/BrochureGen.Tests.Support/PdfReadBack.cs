using System.Text;
using BrochureGen.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;

namespace BrochureGen.Tests.Support;

/// <summary>Reads a produced PDF back with PdfPig: text per panel and link targets.</summary>
public sealed class PdfReadBack
{
    private readonly byte[] _pdf;

    public PdfReadBack(byte[] pdf)
    {
        _pdf = pdf;
    }

    /// <summary>
    /// The text drawn inside a panel's horizontal range, line by line, top to bottom; lines are
    /// joined as drawn (they keep their trailing space at soft breaks).
    /// </summary>
    public string PanelText(int pageNumber, LaidOutPanel panel)
    {
        using var document = PdfDocument.Open(_pdf);
        var page = document.GetPage(pageNumber);
        var letters = page.Letters
            .Where(l => l.StartBaseLine.X >= panel.X - 0.5 && l.StartBaseLine.X < panel.X + panel.Width)
            .Select(l => (Top: page.Height - l.StartBaseLine.Y, l.StartBaseLine.X, l.Value))
            .OrderBy(l => l.Top)
            .ToList();

        // Cluster letters into lines; a superscript sits a few points above its line's baseline.
        var lines = new List<List<(double Top, double X, string Value)>>();
        foreach (var letter in letters)
        {
            if (lines.Count == 0 || letter.Top - lines[^1].Max(l => l.Top) > 5)
            {
                lines.Add([]);
            }

            lines[^1].Add(letter);
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(string.Concat(line.OrderBy(l => l.X).Select(l => l.Value)));
            if (text.Length > 0 && text[^1] is not ' ' and not '-' and not '/')
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    public IReadOnlyList<(int Page, string Uri)> LinkTargets()
    {
        using var document = PdfDocument.Open(_pdf);
        return document.GetPages()
            .SelectMany(page => page.GetAnnotations()
                .Where(a => a.Type == AnnotationType.Link && a.Action is UriAction)
                .Select(a => (page.Number, ((UriAction)a.Action!).Uri)))
            .ToList();
    }

    public IReadOnlyList<(double Width, double Height)> PageSizes()
    {
        using var document = PdfDocument.Open(_pdf);
        return document.GetPages().Select(p => (p.Width, p.Height)).ToList();
    }
}
