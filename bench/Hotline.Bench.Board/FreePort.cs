using System.Net;
using System.Net.Sockets;

namespace Hotline.Bench.Board;

/// <summary>Ports the OS hands out, so the bench never collides with ./run.sh (11111/30000/5080) or a second bench.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
