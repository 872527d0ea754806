using System.Xml;

namespace BrochureGen.Text;

/// <summary>
/// How XML from outside is read (an SVG picture, an XLIFF file from a vendor): no DTD, so no
/// entity can expand without bound (billion laughs) or pull in another file, and no resolver, so
/// nothing is fetched. The one place these are decided; a reader adds what its format needs.
/// </summary>
public static class UntrustedXml
{
    /// <summary>Fresh settings with the guards on and comments skipped; <paramref name="maximumCharacters"/> of 0 sets no size limit (the caller bounded the bytes).</summary>
    public static XmlReaderSettings Settings(long maximumCharacters = 0) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = maximumCharacters,
        IgnoreComments = true,
    };
}
