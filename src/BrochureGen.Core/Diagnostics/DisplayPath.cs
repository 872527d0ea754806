namespace BrochureGen.Diagnostics;

/// <summary>Paths as diagnostics show them: relative to the working folder when inside it, so they stay short and clickable.</summary>
public static class DisplayPath
{
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
