using BrochureGen.Layout;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Conformance;

/// <summary>
/// What a laid-out edition draws, measured item by item: each text run with the colour under it
/// (the last surface drawn before it that contains it — a panel's tone, a call-out's background,
/// a QR code's light square — else the white page), each meaningful graphic (drawn inside a
/// tagged element, not an artifact) likewise, each picture, and each link with whether an
/// underline is drawn under it.
/// </summary>
public sealed class InkMeasure
{
    private InkMeasure()
    {
    }

    public List<DrawnText> Texts { get; } = [];

    public List<DrawnGraphic> Graphics { get; } = [];

    public List<ImageFile> Pictures { get; } = [];

    public int Links { get; private set; }

    public int UnderlinedLinks { get; private set; }

    public static InkMeasure Of(LaidOutBrochure layout)
    {
        var measure = new InkMeasure();
        var panels = layout.Pages.SelectMany(p => p.Panels).ToList();
        for (var i = 0; i < panels.Count; i++)
        {
            measure.Walk(panels[i].Items, i);
        }

        return measure;
    }

    private void Walk(IReadOnlyList<LayoutItem> items, int panel)
    {
        var surfaces = new List<RectItem>();
        var open = new Stack<(StructureRole Role, int Drawn)>();
        var artifacts = 0;
        var links = new List<LinkAreaItem>();
        var lines = new List<LineItem>();
        foreach (var item in items)
        {
            switch (item)
            {
                case TagStartItem start:
                    open.Push((start.Role, 0));
                    artifacts += start.Role == StructureRole.Artifact ? 1 : 0;
                    continue;
                case TagEndItem:
                    if (open.Count > 0 && open.Pop().Role == StructureRole.Artifact)
                    {
                        artifacts--;
                    }

                    continue;
                case LinkAreaItem area:
                    links.Add(area);
                    continue;
            }

            // The first thing a tagged element draws, when it is a filled rectangle, is its
            // ground (a QR code's light square), not a mark on it.
            var first = open.Count > 0 && open.Peek().Drawn == 0;
            if (open.Count > 0)
            {
                var top = open.Pop();
                open.Push((top.Role, top.Drawn + 1));
            }

            var meaningful = artifacts == 0 && open.Count > 0;
            switch (item)
            {
                case TextRunItem run when run.Text.Trim().Length > 0:
                    var bold = run.Face.Font.WeightClass >= 600;
                    Texts.Add(new DrawnText(run.Color.Screen, Under(surfaces, run.X + (run.Width / 2), run.Baseline - (run.Size * 0.3)), run.Size, bold, run.Text) { Line = (panel, run.Line?.Number ?? -Texts.Count - 1) });
                    break;
                case RectItem rect when !meaningful || first:
                    surfaces.Add(rect);
                    break;
                case RectItem mark:
                    Graphics.Add(new DrawnGraphic(GraphicKind.Mark, mark.Fill.Screen, Under(surfaces, mark.X + (mark.Width / 2), mark.Y + (mark.Height / 2)), open.Peek().Role));
                    break;
                case StrokeRectItem box when meaningful:
                    Graphics.Add(new DrawnGraphic(GraphicKind.Outline, box.Color.Screen, Under(surfaces, box.X + (box.Width / 2), box.Y + (box.Height / 2)), open.Peek().Role));
                    break;
                case PolygonItem shape when meaningful:
                    Graphics.Add(new DrawnGraphic(GraphicKind.Shape, shape.Fill.Screen, Under(surfaces, shape.Points.Average(p => p.X), shape.Points.Average(p => p.Y)), open.Peek().Role));
                    break;
                case LineItem line:
                    lines.Add(line);
                    break;
                case ImageItem image when meaningful:
                    Pictures.Add(image.Image);
                    break;
            }
        }

        Links += links.Count;
        UnderlinedLinks += links.Count(area => lines.Any(line => Underlines(line, area)));
    }

    // An underline runs along the link's area, inside it, level.
    private static bool Underlines(LineItem line, LinkAreaItem area) =>
        Math.Abs(line.Y1 - line.Y2) < 0.01
        && line.Y1 >= area.Y && line.Y1 <= area.Y + area.Height
        && Math.Min(line.X1, line.X2) <= area.X + 0.5 && Math.Max(line.X1, line.X2) >= area.X + area.Width - 0.5;

    private static RgbColor Under(List<RectItem> surfaces, double x, double y)
    {
        for (var i = surfaces.Count - 1; i >= 0; i--)
        {
            var s = surfaces[i];
            if (x >= s.X && x <= s.X + s.Width && y >= s.Y && y <= s.Y + s.Height)
            {
                return s.Fill.Screen;
            }
        }

        return RgbColor.White;
    }
}

/// <summary>A run of text: its colour, the colour under it, its size and weight, and the line it is part of (panel, line).</summary>
public sealed record DrawnText(RgbColor Color, RgbColor Background, double Size, bool Bold, string Text)
{
    public (int Panel, int Number) Line { get; init; }
}

public enum GraphicKind
{
    /// <summary>A filled mark: a QR code's module.</summary>
    Mark,

    /// <summary>An outline: a checklist's box.</summary>
    Outline,

    /// <summary>A filled shape that is not decoration.</summary>
    Shape,
}

/// <summary>A meaningful graphic that is not text, with the colour under it and the element it belongs to.</summary>
public sealed record DrawnGraphic(GraphicKind Kind, RgbColor Color, RgbColor Background, StructureRole Element);
