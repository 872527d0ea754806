namespace BrochureGen.Content.Translation;

/// <summary>What a difference in a <see cref="UnitFact"/> means.</summary>
public enum FactRule
{
    /// <summary>An error after which the unit's parts and the units after it no longer pair up (a list's length, a call-out's kind).</summary>
    Structure,

    /// <summary>An error; the comparison goes on (a section's pin, a paragraph's classes).</summary>
    Attribute,

    /// <summary>
    /// An address that must lead where the source's does, or to the counterpart the translation's
    /// <c>links</c> name; compared as <see cref="LinkAddress.Key"/>.
    /// </summary>
    Address,

    /// <summary>A warning (a picture that differs may be the translation's own).</summary>
    Advice,
}
