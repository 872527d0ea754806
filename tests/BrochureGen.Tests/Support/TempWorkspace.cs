namespace BrochureGen.Tests.Support;

/// <summary>
/// A throw-away copy of the repository's content and templates, for tests that break an
/// input on purpose. Deleted when disposed.
/// </summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "brochuregen-tests", Guid.NewGuid().ToString("N"));
        CopyFolder(RepoPaths.Content, Content);
        CopyFolder(RepoPaths.Templates, Templates);
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Output => Path.Combine(Root, "output");

    public string BrochureFolder => Path.Combine(Content, "stop-human-trafficking");

    public string ContentFile(string locale) => Path.Combine(BrochureFolder, locale + ".yaml");

    public string TemplateFile(string name = "brochure.sbn") => Path.Combine(Templates, "trifold", name);

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
