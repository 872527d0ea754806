using BrochureGen.Content;
using BrochureGen.Layout.Theme;

namespace BrochureGen.Conformance;

/// <summary>
/// Names for the colours a report shows ("navy (#0F3057) on white (#FFFFFF)"): the names the
/// theme file gives them under <c>colors</c>, the first where two share a value. The theme model
/// keeps only the values, so the names are read from the file here; the values themselves are
/// the model's, which is what every measurement uses.
/// </summary>
public sealed class ColorNames
{
    private readonly Dictionary<RgbColor, string> _names = [];

    private ColorNames()
    {
    }

    /// <summary>The names of <paramref name="themeFile"/>; none (hex values only) when it cannot be read.</summary>
    public static ColorNames Of(string themeFile)
    {
        var names = new ColorNames();
        try
        {
            if (YamlContentReader.ReadFile(themeFile, Diagnostics.DisplayPath.For(themeFile), parseInlineMarkup: false, Path.GetDirectoryName(Path.GetFullPath(themeFile)), FileKind.Design) is ContentMap { } root && root.Find("colors") is ContentMap colors)
            {
                foreach (var (name, value) in colors.Entries)
                {
                    if (value is ContentText text && RgbColor.TryParse(text.Raw, out var color))
                    {
                        names._names.TryAdd(color, name);
                    }
                }
            }
        }
        catch (Diagnostics.BrochureException)
        {
            // The theme was loaded before layout; a file that cannot be read again only loses its names.
        }

        names._names.TryAdd(RgbColor.White, "white");
        names._names.TryAdd(new RgbColor(0, 0, 0), "black");
        return names;
    }

    /// <summary>"navy (#0F3057)", or the value alone for a colour the theme does not name.</summary>
    public string Describe(RgbColor color) => _names.TryGetValue(color, out var name) ? $"{name} ({color})" : color.ToString();
}
