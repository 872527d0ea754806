namespace BrochureGen.Rendering.Braille;

/// <summary>liblouis refused a translation (a table it cannot compile, …); the message has its own words.</summary>
public sealed class LibLouisException(string message) : Exception(message);
