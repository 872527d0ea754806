using System.Text.Json;
using System.Xml.Linq;
using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using BrochureGen.Tests.Support;
using BrochureGen.Xliff;

namespace BrochureGen.Tests;

/// <summary>
/// A brochure goes to a translation vendor as XLIFF 2.0 and comes back: <c>xliff export</c>
/// writes a unit per text with its codes protected and its numbers marked not to translate;
/// <c>xliff import</c> writes the translation from the file's targets with every translation
/// check applied, each error at the XLIFF file's line with its unit's id, and nothing written
/// while any unit fails. Uses the translation-workflow fixture (Fixtures/heat-safety); the
/// file's reader in <see cref="An_independent_reader_sees_the_units_and_codes_we_wrote"/> is
/// the npm <c>xliff</c> package (tests/xliff).
/// </summary>
public sealed class XliffTests
{
    private const string Brochure = LocalizedLinkTests.Brochure;
    private static readonly XNamespace Ns = XliffFormat.Namespace;

    private static string Export(TempWorkspace workspace, string locale)
    {
        var file = Path.Combine(workspace.Root, $"{Brochure}.{locale}.xlf");
        var run = CliRun.Of("xliff", "export", Brochure, "--locale", locale, "--content", workspace.Content, "--output", file);
        Assert.True(run.ExitCode == 0, run.Error);
        return file;
    }

    private static CliRun Import(TempWorkspace workspace, string file) => CliRun.Of("xliff", "import", file, "--content", workspace.Content);

    // What a CAT tool does when a translator confirms every segment unchanged: each target a
    // copy of its source, codes and markers included.
    private static void FillTargetsWithSources(string file)
    {
        var document = XDocument.Load(file, LoadOptions.PreserveWhitespace);
        foreach (var part in document.Descendants().Where(e => e.Name == Ns + "segment" || e.Name == Ns + "ignorable"))
        {
            part.Element(Ns + "target")?.Remove();
            part.Element(Ns + "source")!.AddAfterSelf(new XElement(Ns + "target", part.Element(Ns + "source")!.Nodes()));
            if (part.Name == Ns + "segment")
            {
                part.SetAttributeValue("state", "translated");
            }
        }

        document.Save(file, SaveOptions.DisableFormatting);
    }

    private static string Body(string markdownFile)
    {
        var text = File.ReadAllText(markdownFile);
        return text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
    }

    private static MarkdownContent Read(string markdownFile) => MarkdownContentReader.ReadFile(markdownFile, markdownFile).Content;

    [SkippableFact]
    public void Export_then_import_with_targets_equal_to_sources_gives_the_source_back()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var file = Export(workspace, "fr");
        Assert.DoesNotContain("<target", File.ReadAllText(file), StringComparison.Ordinal);
        FillTargetsWithSources(file);

        var run = Import(workspace, file);
        Assert.True(run.ExitCode == 0, run.Error);
        var en = LocalizedLinkTests.File(workspace, "en");
        var fr = LocalizedLinkTests.File(workspace, "fr");
        Assert.Equal(Body(en), Body(fr));
        var (source, translation) = (Read(en).Meta, Read(fr).Meta);
        Assert.Equal(source.Subject!.Raw, translation.Subject!.Raw);
        Assert.Equal(source.Keywords.Select(k => k.Raw), translation.Keywords.Select(k => k.Raw));
        Assert.Equal(source.CallDescription!.Raw, translation.CallDescription!.Raw);

        // The new locale is listed as a draft, and the identical text is the usual warning.
        Assert.Contains("  fr: draft", File.ReadAllText(Path.Combine(workspace.Content, Brochure, "brochure.yaml")), StringComparison.Ordinal);
        Assert.Contains("warning BG0111: unit 's1': this text is identical to the source", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_existing_translation_round_trips_unchanged_with_its_localized_links()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var es = LocalizedLinkTests.File(workspace, "es");
        var before = File.ReadAllText(es);
        var file = Export(workspace, "es");
        var xliff = File.ReadAllText(file);
        Assert.Contains("<segment id=\"s1\" state=\"translated\">", xliff, StringComparison.Ordinal);
        // The localized link's data is the translation's own, beside the source's.
        Assert.Contains("<data id=\"d7e-t\">](https://www.cdc.gov/extremeheat/espanol)</data>", xliff, StringComparison.Ordinal);
        // A target's marker has the id of the source's marker of the same number, in whatever form.
        Assert.Contains("<source><mrk id=\"m2\" translate=\"no\">(800) 232-4636</mrk>", xliff, StringComparison.Ordinal);
        Assert.Contains("<target><mrk id=\"m2\" translate=\"no\">+1 800 232 4636</mrk>", xliff, StringComparison.Ordinal);

        var run = Import(workspace, file);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(before[(before.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..], Body(es));
        var links = Read(es).Meta.Links;
        Assert.Equal("https://www.cdc.gov/extremeheat/espanol", Assert.Single(links).Translation);

        // Same content, same bytes.
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Export(workspace, "es")));
    }

    [SkippableFact]
    public void A_translation_done_in_the_file_builds_the_edition()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var file = Export(workspace, "es");
        // The vendor's work: new wording for two sentences, the bold code and the number kept.
        var xliff = File.ReadAllText(file)
            .Replace("<target>Pulso rápido y fuerte.</target>", "<target>Pulso acelerado y fuerte.</target>", StringComparison.Ordinal)
            .Replace(">Nunca deje a nadie en un auto estacionado</pc>", ">No deje nunca a nadie en un carro estacionado</pc>", StringComparison.Ordinal);
        File.WriteAllText(file, xliff);

        var run = Import(workspace, file);
        Assert.True(run.ExitCode == 0, run.Error);
        var es = File.ReadAllText(LocalizedLinkTests.File(workspace, "es"));
        Assert.Contains("- Piel caliente, roja, seca o húmeda. Pulso acelerado y fuerte.\n", es, StringComparison.Ordinal);
        Assert.Contains("**No deje nunca a nadie en un carro estacionado**, ni siquiera", es, StringComparison.Ordinal);

        var build = CliRun.Build(workspace, "--brochure", Brochure, "--locale", "es", "--edition", "html");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Contains("1 edition(s) built", build.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_target_that_drops_a_phone_number_fails_at_its_line_and_nothing_is_written()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var es = LocalizedLinkTests.File(workspace, "es");
        var before = File.ReadAllBytes(es);
        var file = Export(workspace, "es");
        var kept = new System.Text.RegularExpressions.Regex("<target>TTY: <mrk id=\"[a-z0-9]+\" translate=\"no\">711</mrk>");
        Assert.Matches(kept, File.ReadAllText(file));
        File.WriteAllText(file, kept.Replace(File.ReadAllText(file), "<target>TTY"));
        var line = TempWorkspace.LineOf(file, "<target>TTY");

        var run = Import(workspace, file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.GetFileName(file)}({line},10): error BG0110: unit 's5.b2': the phone number '711' of the source (en.md(", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(es));
    }

    [SkippableFact]
    public void Every_unit_that_fails_is_reported_at_once_and_nothing_is_written()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var es = LocalizedLinkTests.File(workspace, "es");
        var before = File.ReadAllBytes(es);
        var file = Export(workspace, "es");
        var xliff = File.ReadAllText(file)
            .Replace("<target>Piel caliente, roja, seca o húmeda.</target>", string.Empty, StringComparison.Ordinal)
            .Replace("<target>Pulso rápido y fuerte.</target>", "<target>Pulso <ph id=\"9\"/> y fuerte.</target>", StringComparison.Ordinal)
            .Replace("<target>Lleve a la persona a un lugar más fresco.</target>", "<target>Lleve a la <b>persona</b>.</target>", StringComparison.Ordinal)
            .Replace("<source>Know the signs of heat stroke</source>", "<source>Know the signs</source>", StringComparison.Ordinal);
        File.WriteAllText(file, xliff);
        var name = Path.GetFileName(file);

        var run = Import(workspace, file);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"{name}\({TempWorkspace.LineOf(file, "<b>persona")},\d+\): error BG0155: <b> in unit 's2.b1.i2' is not a code BrochureGen wrote", run.Error);
        Assert.True(run.Error.Contains($"{name}({TempWorkspace.LineOf(file, "<ph id=\"9\"/>")},", StringComparison.Ordinal), run.Error);
        Assert.Contains("error BG0155: unit 's1.b1.i2': the code '9' is not a code of this unit's source", run.Error, StringComparison.Ordinal);
        Assert.Contains("error BG0156: unit 's1.b1.i2': a segment has no translation (<target>)", run.Error, StringComparison.Ordinal);
        Assert.Contains("error BG0154: unit 's1': its source is not the text of en.md(15,4) now", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(es));
    }

    [SkippableFact]
    public void A_unit_that_needs_review_is_marked_so_in_the_export()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        Assert.Equal(0, CliRun.Of("review", Brochure, "--locale", "es", "--content", workspace.Content).ExitCode);
        var reviewed = XDocument.Load(Export(workspace, "es"));
        Assert.All(reviewed.Descendants(Ns + "segment"), s => Assert.Equal("reviewed", (string?)s.Attribute("state")));

        workspace.Edit(LocalizedLinkTests.File(workspace, "en"), "2. Move the person to a cooler place.", "2. Move the person to a cooler, shaded place.");
        var stale = XDocument.Load(Export(workspace, "es"));
        var needing = stale.Descendants(Ns + "unit").Where(u => u.Elements(Ns + "segment").Any(s => (string?)s.Attribute("subState") == XliffFormat.NeedsReview)).ToList();
        var unit = Assert.Single(needing);
        Assert.Equal("s2.b1.i2", (string?)unit.Attribute("id"));
        Assert.Equal("translated", (string?)unit.Element(Ns + "segment")!.Attribute("state"));
        Assert.Contains(unit.Descendants(Ns + "note"), n => (string?)n.Attribute("category") == "review" && n.Value.Contains("the source changed since it was reviewed", StringComparison.Ordinal));
        Assert.Equal("Move the person to a cooler, shaded place.", unit.Descendants(Ns + "source").Single().Value);
        Assert.All(stale.Descendants(Ns + "unit").Except(needing).SelectMany(u => u.Elements(Ns + "segment")), s => Assert.Equal("reviewed", (string?)s.Attribute("state")));
    }

    [SkippableFact]
    public void The_export_protects_codes_and_numbers_and_says_where_each_text_goes()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var document = XDocument.Load(Export(workspace, "fr"));
        Assert.Equal("2.0", (string?)document.Root!.Attribute("version"));
        Assert.Equal("fr", (string?)document.Root.Attribute("trgLang"));
        XElement Unit(string id) => document.Descendants(Ns + "unit").Single(u => (string?)u.Attribute("id") == id);

        // A sentence per segment, the space between them ignorable.
        var cover = Unit("cover.b1");
        Assert.Equal(["segment", "ignorable", "segment"], cover.Elements().Where(e => e.Name != Ns + "notes").Select(e => e.Name.LocalName));

        // Bold as a paired code with its Markdown as original data; the number not to translate.
        var item = Unit("s1.b1.i1");
        var bold = item.Descendants(Ns + "pc").Single();
        Assert.Equal(("fmt", "xlf:b"), ((string?)bold.Attribute("type"), (string?)bold.Attribute("subType")));
        Assert.Equal("**", item.Descendants(Ns + "data").Single(d => (string?)d.Attribute("id") == (string?)bold.Attribute("dataRefStart")).Value);
        Assert.Equal("103", bold.Elements(Ns + "mrk").Single(m => (string?)m.Attribute("translate") == "no").Value);

        // Phone numbers in every form, a line break and a fax number printed as written.
        var help = Unit("s5.b2");
        Assert.Equal(["Centers for Disease Control and Prevention", "(800) 232-4636", "711"], help.Descendants(Ns + "mrk").Select(m => m.Value));
        Assert.Contains(help.Descendants(Ns + "ph"), p => (string?)p.Attribute("subType") == "xlf:lb");
        Assert.Contains(help.Descendants(Ns + "ph"), p => (string?)p.Attribute("disp") == "404-639-3311" && (string?)p.Attribute("canDelete") == "no");
        Assert.Equal("link", (string?)help.Descendants(Ns + "pc").Single(p => p.Value == "Read the full heat guide").Attribute("type"));
        Assert.Equal("1-800-CDC-INFO", Unit("s5.b1.b2").Descendants(Ns + "mrk").Single().Value);

        // Context and the room the layout has.
        Assert.Contains("a paragraph of a '::: callout' call-out of section 3", Unit("s3.b2.b1").Descendants(Ns + "note").First().Value, StringComparison.Ordinal);
        Assert.Contains("QR code that leads to https://www.cdc.gov/extremeheat", Unit("s5.b3").Descendants(Ns + "note").First().Value, StringComparison.Ordinal);
        Assert.Matches("^at most [0-9]+ characters", Unit("title").Descendants(Ns + "note").Single(n => (string?)n.Attribute("category") == "length").Value);
    }

    [SkippableFact]
    public void Files_that_are_not_an_export_are_refused_with_a_reason()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var file = Export(workspace, "es");
        var text = File.ReadAllText(file);

        var withDoctype = Path.Combine(workspace.Root, "doctype.xlf");
        File.WriteAllText(withDoctype, text.Replace("<xliff ", "<!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\">]>\n<xliff ", StringComparison.Ordinal));
        Assert.Contains("doctype.xlf(2,1): error BG0150: the file has a DOCTYPE", Import(workspace, withDoctype).Error, StringComparison.Ordinal);

        var version12 = Path.Combine(workspace.Root, "old.xlf");
        File.WriteAllText(version12, "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"en\" datatype=\"plaintext\"><body/></file></xliff>\n");
        Assert.Contains("old.xlf(2,2): error BG0151: this is XLIFF 1.2", Import(workspace, version12).Error, StringComparison.Ordinal);

        var otherBrochure = Path.Combine(workspace.Root, "other.xlf");
        File.WriteAllText(otherBrochure, text.Replace("<file id=\"extreme-heat\"", "<file id=\"no-such-brochure\"", StringComparison.Ordinal));
        Assert.Contains("error BG0152: the file is for the brochure 'no-such-brochure'", Import(workspace, otherBrochure).Error, StringComparison.Ordinal);

        var broken = Path.Combine(workspace.Root, "broken.xlf");
        File.WriteAllText(broken, text[..(text.Length / 2)]);
        var run = Import(workspace, broken);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0150: the file is not well-formed XML", run.Error, StringComparison.Ordinal);

        var missing = Import(workspace, Path.Combine(workspace.Root, "nothing.xlf"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("error BG0150: XLIFF file", missing.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missing.Error + run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Export_refuses_the_source_locale_and_yaml_content()
    {
        using var workspace = LocalizedLinkTests.Workspace();
        var run = CliRun.Of("xliff", "export", Brochure, "--locale", "en", "--content", workspace.Content, "--output", Path.Combine(workspace.Root, "x.xlf"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error BG0152: 'en' is the source locale", run.Error, StringComparison.Ordinal);

        using var yaml = new TempWorkspace(yamlRoute: true);
        var keys = CliRun.Of("xliff", "export", "stop-human-trafficking", "--locale", "es", "--content", yaml.Content, "--output", Path.Combine(yaml.Root, "x.xlf"));
        Assert.Equal(1, keys.ExitCode);
        Assert.Contains("error BG0152: XLIFF export reads Markdown content (<locale>.md); this brochure is written as YAML keys", keys.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(yaml.Root, "x.xlf")));
    }

    [SkippableFact]
    public void An_independent_reader_sees_the_units_and_codes_we_wrote()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "xliff");
        ExternalTool.Require("node", "nodejs");
        var installed = Directory.Exists(Path.Combine(folder, "node_modules", "xliff"));
        const string Message = "the npm packages of tests/xliff are not installed: run 'npm ci' in tests/xliff (Debian package 'npm'; bash .ci/run does it)";
        Assert.False(!installed && RepoPaths.IsCi, $"{Message}; with CI=true every test must run, so a missing install is a failure");
        Skip.IfNot(installed, Message);

        using var workspace = LocalizedLinkTests.Workspace();
        var files = new[] { Export(workspace, "es"), Export(workspace, "ar"), Export(workspace, "fr") };
        using var json = JsonDocument.Parse(NodeScript.Run(folder, "read.mjs", files, TimeSpan.FromMinutes(2)));
        var manifest = ContentLoader.LoadManifest(Path.Combine(workspace.Content, Brochure));
        var sourceUnits = TranslationUnits.Of(ContentLoader.LoadLocale(manifest, "en").Markdown!).Select(u => u.Id).ToList();
        foreach (var file in files)
        {
            var seen = json.RootElement.GetProperty(file);
            var document = XDocument.Load(file);
            Assert.Equal((string?)document.Root!.Attribute("srcLang"), seen.GetProperty("sourceLanguage").GetString());
            Assert.Equal((string?)document.Root.Attribute("trgLang"), seen.GetProperty("targetLanguage").GetString());
            var units = seen.GetProperty("resources").GetProperty(Brochure);
            Assert.Equal(sourceUnits, units.EnumerateObject().Select(u => u.Name).ToList());
            foreach (var unit in document.Descendants(Ns + "unit"))
            {
                // The package models one source and target per unit: the unit's last segment.
                var segment = unit.Elements(Ns + "segment").Last();
                var theirs = units.GetProperty((string)unit.Attribute("id")!);
                Assert.Equal(Canonical(segment.Element(Ns + "source")!.Nodes()), Canonical(theirs.GetProperty("source")));
                if (segment.Element(Ns + "target") is { } target)
                {
                    Assert.Equal(Canonical(target.Nodes()), Canonical(theirs.GetProperty("target")));
                }
                else
                {
                    Assert.False(theirs.TryGetProperty("target", out var none) && none.ValueKind == JsonValueKind.String && none.GetString()!.Length > 0);
                }
            }
        }

        // The reader found the codes at all (not only text): bold, links, line breaks and the fax number.
        var es = json.RootElement.GetProperty(files[0]).GetProperty("resources").GetProperty(Brochure);
        Assert.Contains("{pc 7 link}Lea la guía completa sobre el calor{/pc}", Canonical(es.GetProperty("s5.b2").GetProperty("target")), StringComparison.Ordinal);
        Assert.Contains("{pc 1 fmt xlf:b}", Canonical(es.GetProperty("s1.b1.i1").GetProperty("target")), StringComparison.Ordinal);
    }

    // The inline content as the npm package models it: text, { Span: { id, type, subType, contents } }
    // for <pc>, { Standalone: { … } } for <ph>; it keeps nothing of a <mrk>.
    private static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(Canonical)),
        JsonValueKind.Object when value.TryGetProperty("Span", out var span) =>
            $"{{pc {Attribute(span, "id")} {Attribute(span, "type")}{Optional(span, "subType")}}}" + (span.TryGetProperty("contents", out var contents) ? Canonical(contents) : string.Empty) + "{/pc}",
        JsonValueKind.Object when value.TryGetProperty("Standalone", out var standalone) =>
            $"{{ph {Attribute(standalone, "id")} {Attribute(standalone, "type")}{Optional(standalone, "subType")}/}}",
        JsonValueKind.Object => $"{{unknown {value.GetRawText()}}}",
        _ => string.Empty,
    };

    // The same of the file's XML, as we wrote it.
    private static string Canonical(IEnumerable<XNode> nodes) => string.Concat(nodes.Select(node => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "pc" } pc => $"{{pc {pc.Attribute("id")!.Value} {pc.Attribute("type")!.Value}{(pc.Attribute("subType") is { } s ? " " + s.Value : string.Empty)}}}" + Canonical(pc.Nodes()) + "{/pc}",
        XElement { Name.LocalName: "ph" } ph => $"{{ph {ph.Attribute("id")!.Value} {ph.Attribute("type")!.Value}{(ph.Attribute("subType") is { } s ? " " + s.Value : string.Empty)}/}}",
        _ => string.Empty,
    }));

    private static string Attribute(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString()! : string.Empty;

    private static string Optional(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? " " + value.GetString() : string.Empty;
}
