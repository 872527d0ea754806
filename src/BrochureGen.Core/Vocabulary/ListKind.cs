namespace BrochureGen.Vocabulary;

/// <summary>The three kinds of list, whichever route (Markdown, YAML keys, a template) wrote it.</summary>
public enum ListKind
{
    Bulleted,
    Numbered,
    Checklist,
}
