namespace BrochureGen.Document;

/// <summary>Where a link leads, decided once from its target (<c>LinkPolicy.KindOf</c>).</summary>
public enum LinkKind
{
    /// <summary>A web address (http, https).</summary>
    Web,

    /// <summary>A phone number (tel): kept whole on one line, dialled when followed.</summary>
    Phone,

    /// <summary>An e-mail address (mailto).</summary>
    Email,

    /// <summary>A place in the same document (#…).</summary>
    Place,
}
