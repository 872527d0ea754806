using System.Text.RegularExpressions;

namespace BrochureGen.Content;

/// <summary>
/// A key path pattern as <c>untranslated-ok</c> once held them for YAML content: <c>office.*</c>
/// matches every key below <c>office</c>, <c>report.hotlines[*].number</c> every hotline's number.
/// Kept to tell a user with such an entry which names to list instead (<see cref="UntranslatedNames"/>).
/// </summary>
public static class KeyPattern
{
    public static Regex Compile(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal).Replace(@"\*", ".*", StringComparison.Ordinal) + "$");
}
