using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AsnApi.Infrastructure.Http;

/// <summary>
/// Every text field of every request body, checked once while it is read: control characters,
/// bidirectional overrides (U+202A–U+202E, U+2066–U+2069) and zero-width characters (U+200B–U+200D,
/// U+2060, U+FEFF) are refused with a field error (422), because they make a stored name or code look
/// like another one or break the exports that show it; the rest is normalised to NFC and trimmed, so
/// that the same name typed on two keyboards is the same name. Free-text fields (notes,
/// descriptions, reasons) may also hold line breaks and tabs. Passwords are left exactly as typed.
/// </summary>
public static class RequestText
{
    private static readonly HashSet<string> MultiLine = new(StringComparer.OrdinalIgnoreCase) { "Notes", "Note", "Description", "Reason", "RejectionReason", "Suggestion", "Text", "Response", "Comment" };
    private static readonly HashSet<string> Verbatim = new(StringComparer.OrdinalIgnoreCase) { "Password" };

    /// <summary>Raised while the body is read; the serializer adds the JSON path, which names the field.</summary>
    public sealed class UnsafeTextException(string message) : JsonException(message);

    public static string? Clean(string? value, bool multiLine)
    {
        if (value is null) return null;
        foreach (var rune in value.EnumerateRunes())
        {
            var c = rune.Value;
            if (multiLine && c is '\n' or '\r' or '\t') continue;
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control)
                throw new UnsafeTextException(multiLine ? "Teks tidak boleh memuat karakter kontrol." : "Teks tidak boleh memuat karakter kontrol (termasuk baris baru dan tab).");
            if (c is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069)
                throw new UnsafeTextException("Teks tidak boleh memuat karakter pengubah arah tulisan (bidi).");
            if (c is >= 0x200B and <= 0x200D or 0x2060 or 0xFEFF)
                throw new UnsafeTextException("Teks tidak boleh memuat karakter tanpa lebar (zero-width).");
        }
        if (!value.IsNormalized(NormalizationForm.FormC)) value = value.Normalize(NormalizationForm.FormC);
        return value.Trim();
    }

    /// <summary>Wraps the setter of every string property of the contract types (only request bodies are read with these options).</summary>
    public static void JsonModifier(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace?.StartsWith("AsnApi.Contracts", StringComparison.Ordinal) != true) return;
        foreach (var property in info.Properties)
        {
            if (property.PropertyType != typeof(string) || property.Set is not { } set || Verbatim.Contains(property.Name)) continue;
            var multiLine = MultiLine.Contains(property.Name);
            property.Set = (owner, value) => set(owner, Clean((string?)value, multiLine));
        }
    }
}
