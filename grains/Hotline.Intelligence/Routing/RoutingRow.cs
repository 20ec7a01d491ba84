namespace Hotline.Intelligence.Routing;

/// <summary>The row ML.NET sees: text already tokenized as needed, codes as space-separated tokens.</summary>
internal sealed class RoutingRow
{
    public string Text { get; set; } = "";

    public string Words { get; set; } = "";

    public string Codes { get; set; } = "";

    public string Label { get; set; } = "";
}
