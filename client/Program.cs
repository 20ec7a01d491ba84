using System.Globalization;
using System.Text;
using Hotline.Client;

Console.OutputEncoding = Encoding.UTF8;
// Built-in help and parse errors of System.CommandLine in Chinese as well (HOTLINE_LANG=en to opt out).
if (!string.Equals(Environment.GetEnvironmentVariable("HOTLINE_LANG"), "en", StringComparison.OrdinalIgnoreCase))
{
    CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
}

return await Cli.RunAsync(args);
