namespace Hotline.Domain;

/// <summary>Where the reference and policy data files are: copied beside the binaries as data/.</summary>
public static class DataDirectory
{
    public static string Default => Path.Combine(AppContext.BaseDirectory, "data");

    public static string Resolve(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? Default : Path.GetFullPath(configured);
}
