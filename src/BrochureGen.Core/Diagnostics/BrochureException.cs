namespace BrochureGen.Diagnostics;

/// <summary>
/// Thrown by a stage that cannot go on. It carries every diagnostic found so far so the
/// command line can print them all and choose the exit code; it never reaches the user as a
/// stack trace.
/// </summary>
public sealed class BrochureException : Exception
{
    public BrochureException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public BrochureException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
