namespace Hotline.Dashboard.Evidence;

/// <summary>
/// The file types evidence may have, recognised by their first bytes (magic numbers): a declared type or a
/// file name is whatever the uploader says, the bytes are what a browser will actually render.
/// </summary>
public static class EvidenceTypes
{
    /// <summary>Enough bytes for every signature below.</summary>
    public const int HeaderLength = 12;

    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/webp", "image/gif", "application/pdf",
    };

    /// <summary>The declared types that say nothing, so only the bytes decide.</summary>
    private static readonly IReadOnlySet<string> Generic = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "", "application/octet-stream", "binary/octet-stream",
    };

    /// <summary>The content type the bytes show, or null when they are none of the allowed types.</summary>
    public static string? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8)) return "image/gif";
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (header.StartsWith("%PDF-"u8)) return "application/pdf";
        return null;
    }

    /// <summary>A declared type agrees when it says nothing or names what the bytes are ("image/jpg" is a common alias).</summary>
    public static bool Agrees(string? declared, string sniffed)
    {
        var type = (declared ?? "").Split(';')[0].Trim();
        if (Generic.Contains(type)) return true;
        if (string.Equals(type, "image/jpg", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "image/pjpeg", StringComparison.OrdinalIgnoreCase))
            type = "image/jpeg";
        return string.Equals(type, sniffed, StringComparison.OrdinalIgnoreCase);
    }
}
