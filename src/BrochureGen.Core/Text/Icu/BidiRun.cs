namespace BrochureGen.Text.Icu;

/// <summary>A run of one direction: text from <paramref name="Start"/> (UTF-16) of <paramref name="Length"/>, at embedding <paramref name="Level"/>.</summary>
public readonly record struct BidiRun(int Start, int Length, bool RightToLeft, byte Level);
