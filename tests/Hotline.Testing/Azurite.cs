using System.Net.Sockets;

namespace Hotline.Testing;

/// <summary>
/// The tests run against a real Azurite (./test.sh starts one). Each cluster gets its own
/// ServiceId, so test runs share the tables without sharing rows.
/// </summary>
public static class Azurite
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    public static void EnsureRunning()
    {
        foreach (var port in new[] { 10000, 10001, 10002 })
        {
            using var socket = new TcpClient();
            try
            {
                socket.Connect("127.0.0.1", port);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException(
                    $"Azurite is not listening on 127.0.0.1:{port}. Run the tests with ./test.sh, which starts it.");
            }
        }
    }

    public static string NewServiceId(string purpose) => $"test-{purpose}-{Guid.NewGuid():N}"[..40];
}
