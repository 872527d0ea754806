namespace BrochureGen.Xliff;

/// <summary>Text not to translate (<c>&lt;mrk translate="no"&gt;</c>): a phone number, an address, a statute, a number, a name that stays as in the source.</summary>
public sealed record XliffMarker(string Id, IReadOnlyList<XliffInline> Children) : XliffInline;
