namespace BrochureGen.Print;

/// <summary>
/// The print edition's geometry: bleed on every side, and room beyond it for crop and fold
/// marks and the slug line. Marks start a little outside the bleed so that trimming never
/// leaves a hairline of them on the sheet.
/// </summary>
public sealed record PrintSpec(double Bleed = 9, double MarkArea = 27, double MarkOffset = 3, double MarkLength = 14, double MarkWeight = 0.5)
{
    /// <summary>Distance from the media edge to the trim edge.</summary>
    public double Offset => Bleed + MarkArea;
}

/// <summary>A box on a page, in points from the page's top-left corner.</summary>
public sealed record PageBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public bool Contains(double x, double y) => x >= X - 0.01 && x <= Right + 0.01 && y >= Y - 0.01 && y <= Bottom + 0.01;
}

/// <summary>What the slug line says: which brochure, edition and sheet this is, when it was built, and for which printing condition.</summary>
public sealed record SlugInfo(string BrochureId, string Locale, string Edition, DateOnly BuildDate, string? Condition = null);

/// <summary>A brochure laid out on the press sheet: media-sized pages, with the trim and bleed boxes of every page.</summary>
public sealed record ImposedBrochure(Layout.LaidOutBrochure Layout, PageBox TrimBox, PageBox BleedBox, PrintSpec Spec, IReadOnlyList<IReadOnlyList<double>> FoldsPerPage);
