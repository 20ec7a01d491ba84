using System.Runtime.InteropServices;

namespace Hotline.Bench.Board;

/// <summary>.NET can only SIGKILL a child (Process.Kill); a graceful stop needs SIGTERM from libc.</summary>
internal static partial class Signals
{
    private const int SigTerm = 15;

    public static bool Terminate(int pid) => OperatingSystem.IsWindows() ? false : kill(pid, SigTerm) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
