namespace BrochureGen.Content.Markdown;

/// <summary>
/// GitHub's five alert kinds (<c>&gt; [!NOTE]</c> …) and the label each is printed with, in
/// the edition's language. The label is part of the format, as GitHub prints "Note" itself:
/// the writer never types it, so it is no text to translate, and a language without labels
/// here is an error that says how to write the call-out instead (never an English word in a
/// Thai brochure).
/// </summary>
public static class AlertLabels
{
    /// <summary>The kinds, lower case as the theme's boxes are named.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["note", "tip", "important", "warning", "caution"];

    // Note, tip, important, warning, caution: the words software and public-health leaflets in
    // each language use for these notices. Keyed by language tag; a tag's language alone
    // (pt-BR → pt) is tried next.
    private static readonly Dictionary<string, string[]> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = ["Note", "Tip", "Important", "Warning", "Caution"],
        ["es"] = ["Nota", "Consejo", "Importante", "Advertencia", "Precaución"],
        ["pt"] = ["Nota", "Dica", "Importante", "Aviso", "Cuidado"],
        ["fr"] = ["Remarque", "Conseil", "Important", "Avertissement", "Attention"],
        ["ht"] = ["Nòt", "Konsèy", "Enpòtan", "Avètisman", "Atansyon"],
        ["ar"] = ["ملاحظة", "نصيحة", "مهم", "تحذير", "تنبيه"],
        ["fa"] = ["یادداشت", "نکته", "مهم", "هشدار", "احتیاط"],
        ["hi"] = ["नोट", "सुझाव", "महत्वपूर्ण", "चेतावनी", "सावधानी"],
        ["ko"] = ["참고", "팁", "중요", "경고", "주의"],
        ["uk"] = ["Примітка", "Порада", "Важливо", "Попередження", "Обережно"],
        ["ru"] = ["Примечание", "Совет", "Важно", "Предупреждение", "Осторожно"],
        ["vi"] = ["Ghi chú", "Mẹo", "Quan trọng", "Cảnh báo", "Thận trọng"],
        ["th"] = ["หมายเหตุ", "เคล็ดลับ", "สำคัญ", "คำเตือน", "ข้อควรระวัง"],
        ["zh-Hans"] = ["备注", "提示", "重要", "警告", "注意"],
        ["zh-Hant"] = ["備註", "提示", "重要", "警告", "注意"],
        ["zh"] = ["备注", "提示", "重要", "警告", "注意"],
    };

    /// <summary>The label of alert <paramref name="kind"/> in <paramref name="language"/>, or null when there is none.</summary>
    public static string? For(string kind, string language)
    {
        var index = Array.IndexOf([.. Kinds], kind);
        if (index < 0)
        {
            return null;
        }

        if (Labels.TryGetValue(language, out var labels) || Labels.TryGetValue(language.Split('-')[0], out labels))
        {
            return labels[index];
        }

        return null;
    }
}
