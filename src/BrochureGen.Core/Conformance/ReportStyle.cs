using System.Globalization;

namespace BrochureGen.Conformance;

/// <summary>
/// The style sheet of the conformance reports and the accessibility statement: the gallery's
/// colours (AA contrast in the light and the dark scheme), type in rem and em, nothing that
/// clips or moves, a visible focus outline, and tables that wrap rather than scroll at 320 px.
/// Status is always written out ("Pass", "Partially supports"); colour only repeats it.
/// </summary>
public static class ReportStyle
{
    public static string Css(string fontFamily, int regularWeight, int boldWeight) => string.Create(CultureInfo.InvariantCulture, $$"""
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { --text: #1f2933; --bg: #ffffff; --head: #0f3057; --detail: #4a5568; --rule: #c5d0dc; --focus: #b4441b; --good: #1d6b35; --partial: #8a4500; --bad: #a3231a;
          margin: 0; font-family: {{fontFamily}}, system-ui, sans-serif; font-weight: {{regularWeight}}; line-height: 1.5; color: var(--text); background: var(--bg); overflow-wrap: anywhere; }
        .measure { max-width: 64rem; margin-inline: auto; padding-inline: 1rem; }
        header { padding-block: 1.5rem 0.5rem; }
        main { padding-block: 0 2rem; }
        footer { padding-block: 1rem 2rem; border-block-start: 1px solid var(--rule); color: var(--detail); }
        h1, h2, h3, strong, th, dt, .level { font-weight: {{boldWeight}}; }
        h1, h2, h3 { color: var(--head); line-height: 1.25; margin-block: 1.5em 0.5em; }
        h1 { font-size: 1.75rem; margin-block-start: 0.25em; }
        h2 { font-size: 1.4rem; border-block-end: 2px solid var(--rule); padding-block-end: 0.2em; }
        h3 { font-size: 1.1rem; }
        .subtitle { display: block; font-size: 1.1rem; color: var(--detail); }
        .kicker { margin: 0; color: var(--detail); }
        a { color: var(--head); text-decoration: underline; text-underline-offset: 0.15em; }
        a:focus-visible, input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        code { font-family: ui-monospace, monospace; font-size: 0.9em; }
        .toc { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; list-style: none; }
        .detail { color: var(--detail); font-size: 0.95em; }
        dl.facts { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; }
        dl.facts div { display: grid; grid-template-columns: minmax(0, 1fr); }
        dl.facts dd { margin: 0; }
        dl.facts ul { margin: 0; padding-inline-start: 1.2em; }
        @media (min-width: 40em) { dl.facts div { grid-template-columns: 11rem minmax(0, 1fr); gap: 1rem; } }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-block: 1rem; }
        caption { text-align: start; color: var(--detail); padding-block-end: 0.5em; }
        th, td { text-align: start; vertical-align: top; padding: 0.45em 0.35em; border-block-end: 1px solid var(--rule); overflow-wrap: break-word; }
        table.criteria thead th:first-child { width: 42%; }
        @media (min-width: 48em) { table.criteria thead th:first-child { width: 36%; } }
        @media (max-width: 30em) { table { font-size: 0.9em; } th, td { padding-inline: 0.15em; } }
        .level { display: inline-block; margin-block: 0.2em; border: 1px solid currentColor; border-radius: 0.25em; padding-inline: 0.3em; overflow-wrap: normal; }
        th .level { font-weight: {{boldWeight}}; }
        .person { display: block; font-weight: {{regularWeight}}; }
        .good { color: var(--good); } .partial { color: var(--partial); } .bad { color: var(--bad); } .none { color: var(--detail); }
        .person { color: var(--head); }
        th .detail { font-weight: {{regularWeight}}; }
        ul.results { padding-inline-start: 1.2em; }
        ul.results > li { margin-block: 0.4em; }
        ul.checklist { list-style: none; padding: 0; }
        ul.checklist li { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-start; margin-block: 0.6rem; }
        ul.checklist label { flex: 1 1 12rem; min-width: 0; }
        ul.checklist input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0.15em 0 0; accent-color: var(--head); }
        .thumbnail { flex: none; display: block; width: 6rem; height: auto; border: 1px solid var(--rule); background: #ffffff; }
        .thumbnail svg { display: block; width: 100%; height: auto; }
        @media (prefers-color-scheme: dark) {
          body { --text: #e9f0f7; --bg: #0a1f39; --head: #ffffff; --detail: #c5d0dc; --rule: #4a6585; --focus: #f5b83d; --good: #8fe3a9; --partial: #ffcf7a; --bad: #ffa59b; }
        }
        @media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; } }
        @media print { body { --text: #000000; --bg: #ffffff; --head: #000000; --detail: #333333; } .toc { display: none; } }

        """);
}
