namespace BrochureGen.Content;

/// <summary>
/// Whom a reader asks for a brochure in another format, or tells about a barrier: the
/// <c>accessibility-contact</c> of <c>brochure.yaml</c>. The accessibility statement prints it;
/// at least one way to reach someone (phone, e-mail or web page) is required.
/// </summary>
public sealed record AccessibilityContact(string? Name, string? Phone, string? Email, string? Web)
{
    /// <summary>The keys <c>accessibility-contact</c> may have.</summary>
    public static readonly IReadOnlyList<string> Keys = ["name", "phone", "email", "web"];
}
