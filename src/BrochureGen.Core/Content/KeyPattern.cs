using System.Text.RegularExpressions;

namespace BrochureGen.Content;

/// <summary>
/// A key path pattern as <c>brochure.yaml</c> writes it: <c>office.*</c> matches every key
/// below <c>office</c>, <c>report.hotlines[*].number</c> every hotline's number.
/// </summary>
public static class KeyPattern
{
    public static Regex Compile(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal).Replace(@"\*", ".*", StringComparison.Ordinal) + "$");
}
