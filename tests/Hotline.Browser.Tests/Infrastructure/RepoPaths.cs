namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>Where the repository is, found from the test binaries upwards by its solution file.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>TestResults/screenshots at the repository root, created on first use.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Root, "TestResults", "screenshots")).FullName;

    public static string Screenshot(string name) => Path.Combine(Screenshots, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.Orleans.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Hotline.Orleans.sln above {AppContext.BaseDirectory}.");
    }
}
