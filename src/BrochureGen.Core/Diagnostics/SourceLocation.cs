namespace BrochureGen.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, 0 when unknown.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location that names only the file.</summary>
    public static SourceLocation InFile(string file) => new(file, 0, 0);

    /// <summary>Compiler style: <c>path(line,col)</c>, or just the path when no position is known.</summary>
    public override string ToString() => Line <= 0 ? File : Column > 0 ? $"{File}({Line},{Column})" : $"{File}({Line})";
}
