namespace BrochureGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One finding of any pipeline stage. The code (BG####) is stable so that tests and users can
/// rely on it; the message says what is wrong in words a translator or designer understands.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location = null)
{
    public static Diagnostic Error(string code, string message, SourceLocation? location = null) =>
        new(Severity.Error, code, message, location);

    public static Diagnostic Warning(string code, string message, SourceLocation? location = null) =>
        new(Severity.Warning, code, message, location);

    /// <summary>Formats the diagnostic the way compilers do, so editors and CI can annotate it.</summary>
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        return Location is null ? $"{kind} {Code}: {Message}" : $"{Location}: {kind} {Code}: {Message}";
    }
}
