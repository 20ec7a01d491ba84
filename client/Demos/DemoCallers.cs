namespace Hotline.Client.Demos;

/// <summary>
/// A fresh caller per demo run: the full demo ends with a final reply (最终答复), which closes the same caller's same
/// matter to new orders, so a second run with a fixed number would be refused.
/// </summary>
public static class DemoCallers
{
    public static string NewPhone(string prefix) => prefix + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
