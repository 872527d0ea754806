using System.Text.Json;

namespace BrochureGen.Tests.Support;

/// <summary>
/// Runs tests/a11y/script-check.mjs: loads pages in headless Chromium as a reader's browser does,
/// with their Content-Security-Policy in force and with it bypassed, and reports whether
/// anything in them ran (a dialog, a change to the page, a navigation) and what the policy blocked.
/// </summary>
public static class ScriptCheck
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<ScriptCheckPage> Run(IEnumerable<string> files)
    {
        AxeCheck.Require();
        var output = NodeScript.Run(AxeCheck.Folder, "script-check.mjs", files, TimeSpan.FromMinutes(3));
        return JsonSerializer.Deserialize<List<ScriptCheckPage>>(output, Json) ?? throw new InvalidDataException("script-check.mjs printed no JSON");
    }
}

public sealed record ScriptCheckPage(string File, IReadOnlyList<ScriptCheckRun> Runs);

/// <summary>One load: <paramref name="Csp"/> says whether the page's policy was in force.</summary>
public sealed record ScriptCheckRun(bool Csp, IReadOnlyList<string> Dialogs, JsonElement? Pwned, string Title, string Url, bool Navigated, IReadOnlyList<string> Violations);
