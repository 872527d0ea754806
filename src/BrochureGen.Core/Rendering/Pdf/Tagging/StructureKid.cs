namespace BrochureGen.Rendering.Pdf.Tagging;

/// <summary>What a structure element holds, in reading order: child elements, marked content on a page, link annotations.</summary>
internal abstract class StructureKid;
