namespace BrochureGen.Tests.Support;

/// <summary>
/// A throw-away copy of the repository's content and templates, for tests that break an
/// input on purpose. Deleted when disposed.
/// </summary>
public sealed class TempWorkspace : IDisposable
{
    /// <summary>
    /// A copy of the sample brochure (the tests' frozen copy, <see cref="RepoPaths.Content"/>:
    /// neither the user's edits of it nor brochures a user adds under content/ reach the tests)
    /// and of the templates.
    /// </summary>
    public TempWorkspace(bool yamlRoute = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "brochuregen-tests", Guid.NewGuid().ToString("N"));
        YamlRoute = yamlRoute;
        CopyFolder(RepoPaths.Templates, Templates);
        if (yamlRoute)
        {
            // Today's custom route: YAML keys and a template of their own (Fixtures/yaml-route).
            WithFixture("yaml-route");
        }
        else
        {
            CopyFolder(Path.Combine(RepoPaths.Content, EnglishEdition.SampleId), BrochureFolder);
        }
    }

    /// <summary>True when the brochure is the YAML-keys fixture with its own template.</summary>
    public bool YamlRoute { get; }

    /// <summary>Adds a fixture folder of content (<c>Fixtures/NAME/content/*</c>) and its templates, if any.</summary>
    public TempWorkspace WithFixture(string name)
    {
        var fixture = RepoPaths.Fixture(name);
        if (Directory.Exists(Path.Combine(fixture, "content")))
        {
            CopyFolder(Path.Combine(fixture, "content"), Content);
        }

        if (Directory.Exists(Path.Combine(fixture, "templates")))
        {
            CopyFolder(Path.Combine(fixture, "templates"), Templates);
        }

        return this;
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Output => Path.Combine(Root, "output");

    public string BrochureFolder => Path.Combine(Content, "stop-human-trafficking");

    public string ContentFile(string locale) => Path.Combine(BrochureFolder, locale + (YamlRoute ? ".yaml" : ".md"));

    public string ManifestFile => Path.Combine(BrochureFolder, "brochure.yaml");

    public string ThemeFile(string name = "civic") => Path.Combine(Templates, "themes", name + ".yaml");

    public string FontFile(string name) => Path.Combine(Templates, "fonts", name);

    public string TemplateFile(string name = "brochure.sbn") => Path.Combine(Templates, YamlRoute ? "trifold" : "flow", name);

    /// <summary>Replaces the only occurrence of <paramref name="find"/> in a file; fails if it is not there exactly once.</summary>
    public void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        var first = text.IndexOf(find, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(find, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{find}' must occur exactly once in {path}");
        }

        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>The 1-based line of the only line containing <paramref name="text"/>.</summary>
    public static int LineOf(string path, string text)
    {
        var lines = File.ReadAllLines(path);
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0] + 1 : throw new InvalidOperationException($"'{text}' is on {matches.Count} lines of {path}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal), overwrite: true);
        }
    }
}
