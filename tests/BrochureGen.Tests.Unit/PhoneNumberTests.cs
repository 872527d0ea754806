using BrochureGen.Content;
using BrochureGen.Content.Markdown;
using BrochureGen.Tests.Support;

namespace BrochureGen.Tests;

/// <summary>Phone numbers as people write them, found by the one recogniser that autolinking, the translation checks, link descriptions and braille share.</summary>
public sealed class PhoneNumberTests
{
    [SkippableTheory]
    [InlineData("Call (888) 232-6348 today", "(888) 232-6348")]
    [InlineData("Call 888.232.6348 today", "888.232.6348")]
    [InlineData("Call +1 888 232 6348 today", "+1 888 232 6348")]
    [InlineData("Call 1-888-232-6348 today", "1-888-232-6348")]
    [InlineData("Call 888-232-6348 today", "888-232-6348")]
    [InlineData("Call +1 (888) 232-6348 today", "+1 (888) 232-6348")]
    [InlineData("Call +1-888-232-6348 today", "+1-888-232-6348")]
    public void Every_north_american_form_is_one_number_compared_by_its_digits(string text, string written)
    {
        var number = Assert.Single(PhoneNumbers.Default.Find(text));
        Assert.Equal(written, number.Text);
        Assert.Equal("8882326348", number.Digits);
        Assert.Equal("tel:+18882326348", number.Target);
    }

    [SkippableTheory]
    [InlineData("Llame al 1-800-CDC-INFO (24 horas)", "1-800-CDC-INFO", "8002324636")]
    [InlineData("Call 1-800-RUNAWAY now", "1-800-RUNAWAY", "8007862929")]
    [InlineData("Call 888-SAFE-NOW", "888-SAFE-NOW", "8887233669")]
    public void A_vanity_number_is_its_keypad_digits(string text, string written, string digits)
    {
        var number = Assert.Single(PhoneNumbers.Default.Find(text));
        Assert.Equal(written, number.Text);
        Assert.Equal(digits, number.Digits);
        Assert.Equal("tel:+1" + digits, number.Target);
    }

    [SkippableTheory]
    [InlineData("TTY: 711", "711")]
    [InlineData("TDD 711 or voice", "711")]
    [InlineData("Relay 711", "711")]
    [InlineData("Call 911 from outside", "911")]
    [InlineData("请拨打911。", "911")]
    [InlineData("اتصل بالرقم 911.", "911")]
    public void N11_numbers_are_found_where_they_are_numbers_to_dial(string text, string digits)
    {
        var number = Assert.Single(PhoneNumbers.Default.Find(text));
        Assert.Equal(digits, number.Digits);
        Assert.Equal("tel:" + digits, number.Target);
    }

    [SkippableTheory]
    [InlineData("711 people were helped")]
    [InlineData("Between 100,000 and 300,000 children")]
    [InlineData("Approximately 27 million adults")]
    [InlineData("Section §53a-192a makes trafficking a felony")]
    [InlineData("911.5 is not a number to dial")]
    [InlineData("55 1234 5678")]
    [InlineData("020 7946 0018")]
    [InlineData("1-800-cdc-info")]
    public void Other_numbers_are_not_phone_numbers(string text) => Assert.Empty(PhoneNumbers.Default.Find(text));

    [SkippableTheory]
    [InlineData("es-MX", "Llame al 55 1234 5678.", "55 1234 5678", "5512345678", "tel:+525512345678")]
    [InlineData("es-MX", "Llame al (55) 1234-5678.", "(55) 1234-5678", "5512345678", "tel:+525512345678")]
    [InlineData("es-MX", "Lada sin costo 800 123 4567", "800 123 4567", "8001234567", "tel:+528001234567")]
    [InlineData("es-MX", "Llame al +52 55 1234 5678.", "+52 55 1234 5678", "5512345678", "tel:+525512345678")]
    [InlineData("en-GB", "Ring 020 7946 0018 today", "020 7946 0018", "2079460018", "tel:+442079460018")]
    [InlineData("en-GB", "Ring 0161 496 0000 today", "0161 496 0000", "1614960000", "tel:+441614960000")]
    [InlineData("en-GB", "Ring +44 (0)20 7946 0018 today", "+44 (0)20 7946 0018", "2079460018", "tel:+442079460018")]
    [InlineData("en-GB", "In an emergency ring 999.", "999", "999", "tel:999")]
    [InlineData("fr", "Appelez le 01 23 45 67 89.", "01 23 45 67 89", "123456789", "tel:+33123456789")]
    [InlineData("fr", "Appelez le 01.23.45.67.89.", "01.23.45.67.89", "123456789", "tel:+33123456789")]
    [InlineData("fr", "Appelez le +33 1 23 45 67 89.", "+33 1 23 45 67 89", "123456789", "tel:+33123456789")]
    [InlineData("de", "Rufen Sie 030 12345678 an.", "030 12345678", "3012345678", "tel:+493012345678")]
    [InlineData("de", "Rufen Sie 030/1234567 an.", "030/1234567", "301234567", "tel:+49301234567")]
    [InlineData("de", "Notruf 110", "110", "110", "tel:110")]
    public void Each_locale_has_its_national_formats(string locale, string text, string written, string digits, string target)
    {
        var number = Assert.Single(PhoneNumbers.For(locale).Find(text));
        Assert.Equal(written, number.Text);
        Assert.Equal(digits, number.Digits);
        Assert.Equal(target, number.Target);
    }

    [SkippableFact]
    public void A_translation_reads_its_sources_national_formats_too()
    {
        // A French translation of a British brochure keeps "020 7946 0018" as it was written.
        Assert.Empty(PhoneNumbers.For("fr").Find("Appelez le 020 7946 0018"));
        Assert.Single(PhoneNumbers.For("fr", "en-GB").Find("Appelez le 020 7946 0018"));
    }

    [SkippableFact]
    public void Autolinking_links_every_form_to_the_number_it_dials()
    {
        var nodes = AutoLinker.Link("Call (888) 232-6348, 1-800-CDC-INFO or TTY: 711; in danger, 911.");
        var links = nodes.OfType<LinkInline>().Select(l => (InlineNode.PlainTextOf(l.Children), l.Target)).ToList();
        Assert.Equal([("(888) 232-6348", "tel:+18882326348"), ("1-800-CDC-INFO", "tel:+18002324636"), ("711", "tel:711"), ("911", "tel:911")], links);
        Assert.Equal("Call (888) 232-6348, 1-800-CDC-INFO or TTY: 711; in danger, 911.", InlineNode.PlainTextOf(nodes));
    }

    [SkippableFact]
    public void A_number_on_its_own_line_is_described_with_the_name_above_it()
    {
        var (content, _) = MarkdownContentReader.Read("---\nlink-descriptions:\n  call: \"Call the {name}, {link}\"\n---\n# Title\n\n## Help\n\n**CDC Info Line**\\\n(888) 232-6348\\\nTTY: 711\n", "en.md");
        var links = Links(content.Sections[0].Blocks[0] is ParagraphBlock p ? p.Text.Inlines : []).ToList();
        Assert.Equal(["Call the CDC Info Line, (888) 232-6348", "Call the CDC Info Line, 711"], links.Select(l => l.Description));
        Assert.Equal(["tel:+18882326348", "tel:711"], links.Select(l => l.Target));
    }

    [SkippableFact]
    public void A_written_link_to_a_number_in_any_form_dials_it()
    {
        var (content, _) = MarkdownContentReader.Read("# Title\n\n[the CDC line](<(888) 232-6348>) and [Mexico City](<55 1234 5678>)\n", "es-MX.md", PhoneNumbers.For("es-MX"));
        var targets = Links(((ParagraphBlock)content.Cover[0]).Text.Inlines).Select(l => l.Target).ToList();
        Assert.Equal(["tel:+18882326348", "tel:+525512345678"], targets);
    }

    private static IEnumerable<LinkInline> Links(IEnumerable<InlineNode> nodes) => nodes.SelectMany(n => n switch
    {
        LinkInline link => [link],
        StyledInline styled => Links(styled.Children),
        _ => Enumerable.Empty<LinkInline>(),
    });
}
